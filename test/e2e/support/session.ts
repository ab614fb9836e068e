// One browser with the extension and one fixture server per test file, started before its tests
// and closed after them; optionally with a site already watched through the popup. `perTest` starts them
// afresh for each test and each of its tries instead: a retried test does not start from what its failed
// try stored (a site already watched, events already counted).
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { startFixtureServer, type FixtureServer } from "../../fixtures/server.mjs";
import { launchChromium, type ExtensionBrowser } from "./chromium";
import { watchSiteOf } from "./evidence";

export interface ChromiumSession {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

/** `watch`: a path on 127.0.0.1 whose site is watched before the first test (before each test, with `perTest`). */
export function chromiumSession(options: { watch?: string; perTest?: boolean } = {}): ChromiumSession {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const [before, after] = options.perTest ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    server = await startFixtureServer();
    browser = await launchChromium();
    if (options.watch) {
      const page = await browser.context.newPage();
      await page.goto(server.url("127.0.0.1", options.watch));
      await watchSiteOf(browser, page);
      await page.close();
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    browser = undefined;
    server = undefined;
  });
  return {
    get server() {
      if (!server) throw new Error("the session has not started");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the session has not started");
      return browser;
    },
  };
}
