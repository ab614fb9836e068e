// Decides, once per message, who sent it. Only this extension's own pages are privileged;
// a content script counts as the page it runs in, which may be hostile.

export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind = "extension-page" | "content-script";

export function classifySender(sender: SenderFacts, extensionId: string, extensionOrigin: string): SenderKind | undefined {
  if (sender.id !== extensionId || !sender.url) return undefined;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return undefined;
  }
  // Firefox reports "null" as the origin of moz-extension URLs; compare the URL's prefix too.
  if (origin === extensionOrigin || sender.url.startsWith(`${extensionOrigin}/`)) return "extension-page";
  if (sender.tab?.id !== undefined) return "content-script";
  return undefined;
}
