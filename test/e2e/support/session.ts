// One browser with the extension and one fixture server per test file, started before its tests
// and closed after them; optionally with a site already watched through the popup.
import { afterAll, beforeAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "../../fixtures/server.mjs";
import { launchChromium, type ExtensionBrowser } from "./chromium";
import { watchSiteOf } from "./evidence";

export interface ChromiumSession {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

/** `watch`: a path on 127.0.0.1 whose site is watched before the first test. */
export function chromiumSession(options: { watch?: string } = {}): ChromiumSession {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium();
    if (options.watch) {
      const page = await browser.context.newPage();
      await page.goto(server.url("127.0.0.1", options.watch));
      await watchSiteOf(browser, page);
      await page.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
