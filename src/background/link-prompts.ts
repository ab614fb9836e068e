// After a click on a mail or phone link, the popup asks what happened: the person may add it, or
// dismiss the question. Open questions live in session storage and show as a badge.
import browser from "webextension-polyfill";

const KEY = "linkPrompts";

export interface LinkPrompt {
  eventId: string;
  caseId: string;
  channel: "email" | "phone";
  target: string;
  at: number;
}

export async function openLinkPrompts(): Promise<LinkPrompt[]> {
  const stored = await browser.storage.session.get(KEY);
  return (stored[KEY] as LinkPrompt[] | undefined) ?? [];
}

async function save(prompts: LinkPrompt[]): Promise<void> {
  await browser.storage.session.set({ [KEY]: prompts });
  await browser.action.setBadgeText({ text: prompts.length > 0 ? String(prompts.length) : "" });
}

export async function promptAboutLink(prompt: LinkPrompt): Promise<void> {
  const prompts = (await openLinkPrompts()).filter((p) => p.eventId !== prompt.eventId);
  await save([...prompts, prompt]);
}

export async function closeLinkPrompt(eventId: string): Promise<LinkPrompt | undefined> {
  const prompts = await openLinkPrompts();
  const closed = prompts.find((p) => p.eventId === eventId);
  await save(prompts.filter((p) => p.eventId !== eventId));
  return closed;
}

/** The questions about attempts of deleted cases go with them. */
export async function forgetCasePrompts(caseIds: readonly string[]): Promise<void> {
  const prompts = await openLinkPrompts();
  const kept = prompts.filter((p) => !caseIds.includes(p.caseId));
  if (kept.length !== prompts.length) await save(kept);
}
