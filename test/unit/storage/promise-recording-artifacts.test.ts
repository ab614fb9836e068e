// Files kept with promises: keyed by the SHA-256 of their bytes, stored once, never replaced.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { artifactOf, findArtifact, keepArtifacts } from "../../../src/storage/artifact-store";
import { freshDatabase } from "./store-fixtures";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("artifact store", () => {
  it("names an artifact by the SHA-256 of its bytes, as any other tool computes it", async () => {
    const html = bytes("<!DOCTYPE html><p>We reply within 48 hours.</p>");
    const artifact = await artifactOf(html, "text/html");
    expect(artifact.sha256).toBe(createHash("sha256").update(html).digest("hex"));
    expect(artifact.size).toBe(html.byteLength);
    expect(artifact.bytes.type).toBe("text/html");
  });

  it("stores the same bytes once, and keeps the first copy's record", async () => {
    const db = freshDatabase();
    const first = await artifactOf(bytes("same bytes"), "image/png");
    const again = await artifactOf(bytes("same bytes"), "image/png");
    const other = await artifactOf(bytes("other bytes"), "image/png");
    await keepArtifacts(db, [first], 1000);
    await keepArtifacts(db, [again, other], 2000);
    expect(await db.artifacts.count()).toBe(2);
    const kept = await findArtifact(db, first.sha256);
    expect(kept?.stored).toBe(1000);
    expect(await kept?.bytes.text()).toBe("same bytes");
    expect(await findArtifact(db, "0".repeat(64))).toBeUndefined();
    db.close();
  });
});
