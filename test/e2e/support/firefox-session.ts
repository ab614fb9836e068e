// One Firefox with the extension and one fixture server per test file (or, with `perTest`, per test and
// each of its tries), as chromiumSession does for Chromium; and what the extension stored, read back.
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { startFixtureServer, type FixtureServer } from "../../fixtures/server.mjs";
import type { EvidenceEvent } from "../../../src/domain/evidence";
import { launchFirefox, type FirefoxExtensionBrowser } from "./firefox";

export interface FirefoxSession {
  readonly server: FixtureServer;
  readonly firefox: FirefoxExtensionBrowser;
}

/** `perTest`: a fresh Firefox for each try, so a retry does not start from what its failed try stored. */
export function firefoxSession(options: { perTest?: boolean } = {}): FirefoxSession {
  let server: FixtureServer | undefined;
  let firefox: FirefoxExtensionBrowser | undefined;
  const [before, after] = options.perTest ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
    firefox = undefined;
    server = undefined;
  });
  return {
    get server() {
      if (!server) throw new Error("the session has not started");
      return server;
    },
    get firefox() {
      if (!firefox) throw new Error("the session has not started");
      return firefox;
    },
  };
}

/** The events the extension stored, in storage order, read from its IndexedDB in an extension page. */
export function storedEvents(firefox: FirefoxExtensionBrowser): Promise<EvidenceEvent[]> {
  return firefox.inExtension(
    () =>
      new Promise<EvidenceEvent[]>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("events").objectStore("events").getAll();
          request.onsuccess = () => {
            resolve((request.result as { seq: number; event: EvidenceEvent }[]).sort((a, b) => a.seq - b.seq).map((r) => r.event));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
