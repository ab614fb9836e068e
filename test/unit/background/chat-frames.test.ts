// The background's side of live chats: which reader goes into which frame, vendor frames followed when
// Receipts may read their host and asked about (once, a few at most) when not, and chat messages kept
// per tab.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Runtime } from "webextension-polyfill";

const session = new Map<string, unknown>();
const local = new Map<string, unknown>();
const granted = new Set<string>();
const registered = new Map<string, Record<string, unknown>>();
const injected: { target: { tabId: number; frameIds?: number[]; allFrames?: boolean }; files: string[] }[] = [];

const area = (store: Map<string, unknown>) => ({
  get: async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
  set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => store.set(k, structuredClone(v))),
});

vi.mock("webextension-polyfill", () => ({
  default: {
    storage: { session: area(session), local: area(local) },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id as string)),
      registerContentScripts: async (scripts: Record<string, unknown>[]) => scripts.forEach((s) => registered.set(s.id as string, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: async (details: (typeof injected)[number]) => {
        injected.push(details);
        return [];
      },
    },
  },
}));

const frames = await import("../../../src/background/chat-frames");
const { ADAPTER_SCRIPTS, chatDetected } = await import("../../../src/background/chat-adapters");
const { scopeChatToTab } = await import("../../../src/background/chat-captures");

beforeEach(() => {
  session.clear();
  local.clear();
  granted.clear();
  registered.clear();
  injected.length = 0;
});

const sender = (frameId: number): Runtime.MessageSender => ({ id: "x", url: "https://www.yellow.example/help", frameId, tab: { id: 7, url: "https://www.yellow.example/help", index: 0, highlighted: true, active: true, pinned: false, incognito: false } });

describe("chat readers", () => {
  it("has one script per adapter file, named by vendor", () => {
    // One per file in content/chat/adapters (each vendor adds its own there), the first four among them.
    const files = readdirSync(join(process.cwd(), "src/content/chat/adapters")).filter((f) => f.endsWith(".iife.ts")).map((f) => f.replace(/\.iife\.ts$/, ""));
    expect([...ADAPTER_SCRIPTS.keys()].sort()).toEqual(files.sort());
    expect(files).toEqual(expect.arrayContaining(["crisp", "generic", "intercom", "livechat"]));
    expect(ADAPTER_SCRIPTS.get("crisp")).toMatch(/content\/chat\/adapters\/crisp\.iife\.js$/);
  });

  it("injects the readers of known vendors into the frame that saw them, and nothing for unknown names", async () => {
    const reply = await chatDetected({ type: "chat.detected", vendors: ["crisp", "not-a-vendor"], frameHosts: [] }, sender(3));
    expect(reply).toEqual({ ok: true, injected: ["crisp"], waiting: [] });
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [ADAPTER_SCRIPTS.get("crisp")] }]);
  });
});

describe("vendor frames", () => {
  it("follows a vendor host Receipts may read: a script for all its frames (also written ones), and the open tab's frames", async () => {
    granted.add("*://secure.livechatinc.com/*");
    expect(await frames.followFrameHosts(7, ["secure.livechatinc.com"])).toEqual([]);
    expect(registered.get("chat-frame:secure.livechatinc.com")).toMatchObject({
      matches: ["*://secure.livechatinc.com/*"],
      js: [expect.stringMatching(/content\/watched-page\.iife\.js$/)],
      allFrames: true,
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    });
    expect(injected).toEqual([{ target: { tabId: 7, allFrames: true }, files: [expect.stringMatching(/content\/watched-page\.iife\.js$/)] }]);
    await frames.followFrameHosts(8, ["secure.livechatinc.com"]);
    expect(registered.size).toBe(1);
  });

  it("remembers the hosts it may not read for the popup, a few per tab, and follows one once granted", async () => {
    const hosts = ["a.example", "b.example", "c.example", "d.example"];
    expect(await frames.followFrameHosts(7, hosts)).toEqual(hosts);
    expect(registered.size).toBe(0);
    expect(await frames.frameRequests(7)).toEqual(["a.example", "b.example", "c.example"]);
    expect(await frames.frameRequests(8)).toEqual([]);
    granted.add("*://b.example/*");
    expect(await frames.frameHostAllowed("b.example", 7)).toBe(true);
    expect(registered.has("chat-frame:b.example")).toBe(true);
    expect(await frames.frameRequests(7)).toEqual(["a.example", "c.example"]);
    expect(await frames.frameHostAllowed("a.example", 7)).toBe(false);
  });

  it("does not ask again about a host the person refused", async () => {
    await frames.followFrameHosts(7, ["a.example"]);
    await frames.frameHostRefused("a.example");
    expect(await frames.frameRequests(7)).toEqual([]);
    expect(await frames.followFrameHosts(9, ["a.example"])).toEqual([]);
    expect(await frames.frameRequests(9)).toEqual([]);
  });

  it("follows a host granted while the popup was closed, and stops when the grant is withdrawn", async () => {
    await frames.followFrameHosts(7, ["a.example"]);
    granted.add("*://a.example/*");
    await frames.frameHostsGranted(["*://a.example/*", "*://unrelated.example/*"]);
    expect([...registered.keys()]).toEqual(["chat-frame:a.example"]);
    expect(injected.at(-1)?.target).toEqual({ tabId: 7, allFrames: true });
    await frames.frameHostsRemoved(["*://a.example/*"]);
    expect(registered.size).toBe(0);
  });

  it("drops a closed tab's requests", async () => {
    await frames.followFrameHosts(7, ["a.example"]);
    await frames.forgetTab(7);
    expect(await frames.frameRequests(7)).toEqual([]);
  });
});

describe("scopeChatToTab", () => {
  const message = (conversationId: string) => ({
    captureKey: "6f9d1a52-2b0e-8c8e-9d43-2f1c0e5a7b11",
    evidence: { kind: "message" as const, payload: { conversationId, event: "message" as const, side: "agent" as const, text: "Hello" } },
  });

  it("gives each tab its own transcript and capture keys, and leaves other captures alone", () => {
    const a = scopeChatToTab(message("crisp:abc"), 7);
    const b = scopeChatToTab(message("crisp:abc"), 8);
    expect(a.captureKey).not.toBe(b.captureKey);
    expect(a.evidence.kind === "message" && a.evidence.payload.conversationId).toBe("tab-7/crisp:abc");
    expect(scopeChatToTab(message("crisp:abc"), 7)).toEqual(a);
    const form = { captureKey: "k", evidence: { kind: "contact-attempt" as const, payload: { channel: "web-form" as const, fields: [] } } };
    expect(scopeChatToTab(form, 7)).toBe(form);
  });
});
