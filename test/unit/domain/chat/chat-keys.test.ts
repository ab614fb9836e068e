// Chat capture keys are derived: the same entry of the same conversation always gets the same UUID.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { chatCaptureKey, uuidFromKey } from "../../../../src/domain/chat/chat-keys";

describe("chat capture keys", () => {
  it("are UUIDs the message schema accepts (version 8, RFC variant)", () => {
    for (const key of ["", "a", "started", "fp:0123456789abcdef:0", "x".repeat(5000)]) {
      const uuid = uuidFromKey(key);
      expect(z.uuid().safeParse(uuid).success).toBe(true);
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it("are the same for the same entry and differ between entries, conversations and vendors", () => {
    expect(chatCaptureKey("crisp", "c1", "fp:1:0")).toBe(chatCaptureKey("crisp", "c1", "fp:1:0"));
    const keys = [
      chatCaptureKey("crisp", "c1", "fp:1:0"),
      chatCaptureKey("crisp", "c1", "fp:1:1"),
      chatCaptureKey("crisp", "c2", "fp:1:0"),
      chatCaptureKey("livechat", "c1", "fp:1:0"),
      chatCaptureKey("crisp", "c1", "started"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("do not collide over many entries", () => {
    const keys = new Set(Array.from({ length: 20_000 }, (_, i) => chatCaptureKey("generic", "conv", `fp:${i}:0`)));
    expect(keys.size).toBe(20_000);
  });
});
