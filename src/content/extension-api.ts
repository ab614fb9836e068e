// The one extension call content scripts make, without webextension-polyfill: the always-loaded
// script must stay small. Firefox's `browser` and Chromium's MV3 `chrome` both return promises.

type SendMessage = (message: unknown) => Promise<unknown>;

interface ExtensionGlobals {
  browser?: { runtime?: { sendMessage?: SendMessage } };
  chrome?: { runtime?: { sendMessage?: SendMessage } };
}

export function sendToBackground(message: unknown): Promise<unknown> {
  const scope = globalThis as ExtensionGlobals;
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime?.sendMessage) return Promise.reject(new Error("The extension is not reachable from this page."));
  return runtime.sendMessage(message);
}
