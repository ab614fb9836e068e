// The manifest each browser is given, derived from the one in manifest.json.
export type TargetBrowser = "chrome" | "firefox";

export const FIREFOX_ID = "receipts@receipts-extension.org";
export const TEST_HOSTS = ["*://127.0.0.1/*", "*://localhost/*", "*://*.test/*"];

export function manifestFor(base: Record<string, unknown>, target: TargetBrowser, testBuild: boolean): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(base);
  const background = manifest.background as { service_worker: string; type?: string };
  if (target === "firefox") {
    // Firefox runs the background as an event page: scripts, not a service worker.
    manifest.background = { scripts: [background.service_worker], type: background.type ?? "module" };
    manifest.browser_specific_settings = {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: "142.0" },
    };
    // Firefox has no pageCapture: its page snapshots are HTML copies made in the page (content/promise-snapshot.ts).
    manifest.permissions = (manifest.permissions as string[] | undefined)?.filter((p) => p !== "pageCapture");
    // The case beside the page: Chromium's side panel is Firefox's sidebar.
    const sidePanel = manifest.side_panel as { default_path: string } | undefined;
    if (sidePanel) {
      manifest.sidebar_action = { default_panel: sidePanel.default_path, default_title: "__MSG_sidePanelTitle__", open_at_install: false };
      delete manifest.side_panel;
    }
    manifest.permissions = (manifest.permissions as string[] | undefined)?.filter((p) => p !== "sidePanel");
    // Firefox's background is a page: it makes the weekly backup's blob: URL itself, no offscreen document.
    manifest.permissions = (manifest.permissions as string[] | undefined)?.filter((p) => p !== "offscreen");
  }
  if (testBuild) {
    manifest.host_permissions = TEST_HOSTS;
    // Granted up front, as the hosts are: automation cannot click the prompt the weekly backup's opt-in
    // shows. Still listed as optional: Firefox refuses permissions.request for a permission that is not.
    manifest.permissions = [...((manifest.permissions as string[] | undefined) ?? []), "downloads"];
    manifest.name = "Receipts (test build)";
  }
  return manifest;
}
