// The popup reads the selection as it opens (opening it is the person's action), shows it, and keeps
// it under a token: "Record a promise" then records those words, even if the page has changed them
// since. Kept in memory only, for a few minutes; a service worker that restarted reads the page again.
import type { PageSelection } from "../content/promise-selection";
import { randomUuid } from "../domain/random-id";
import { readSelection } from "./promise-selection";

const KEEP_MS = 10 * 60 * 1000;
const peeks = new Map<string, { tabId: number; selection: PageSelection; at: number }>();

export type Peek = { readable: false } | { readable: true; token: string; text: string; framesLeftOut: number };

export async function peekSelection(tabId: number): Promise<Peek> {
  const now = Date.now();
  for (const [token, peek] of peeks) if (now - peek.at > KEEP_MS) peeks.delete(token);
  const read = await readSelection(tabId);
  if (!read.ok) return { readable: false };
  const token = randomUuid();
  peeks.set(token, { tabId, selection: read.selection, at: now });
  return { readable: true, token, text: read.selection.text, framesLeftOut: read.selection.framesLeftOut };
}

/** The selection read under `token` for this tab, once. */
export function takePeek(token: string | undefined, tabId: number): PageSelection | undefined {
  if (!token) return undefined;
  const peek = peeks.get(token);
  peeks.delete(token);
  return peek && peek.tabId === tabId && Date.now() - peek.at <= KEEP_MS ? peek.selection : undefined;
}
