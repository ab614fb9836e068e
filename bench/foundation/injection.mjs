// Whether the content script reached a page, and whether a host is covered by what is
// registered. Used to show that an unwatched page gets nothing from the extension.

/**
 * The extension's isolated worlds in `page`'s main frame, read through the DevTools protocol:
 * a content script that ran leaves a JavaScript context whose origin is the extension's.
 * Nothing the page itself can do creates or hides one.
 */
export async function extensionWorlds(context, page, extensionId) {
  const session = await context.newCDPSession(page);
  const worlds = [];
  session.on("Runtime.executionContextCreated", ({ context: created }) => {
    if (created.origin === `chrome-extension://${extensionId}`) worlds.push(created.name);
  });
  // Runtime.enable reports every context that already exists before it answers.
  await session.send("Runtime.enable");
  await session.detach();
  return worlds;
}

/** Whether one match pattern (`scheme://host/path`) covers http(s) pages of `host` on any path. */
function patternCoversHost(pattern, host) {
  if (pattern === "<all_urls>") return true;
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const patternHost = match[2];
  if (patternHost === "*") return true;
  if (patternHost.startsWith("*.")) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

/** Ids of registered scripts whose match patterns cover `host`. */
export function scriptsCovering(scripts, host) {
  return scripts.filter((s) => s.matches.some((p) => patternCoversHost(p, host))).map((s) => s.id);
}
