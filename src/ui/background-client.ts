// How extension pages ask the background to act. Requests are typed by the same schemas it checks.
import browser from "webextension-polyfill";
import type { PrivilegedMessage, Reply } from "../messaging/messages";

export async function ask(message: PrivilegedMessage): Promise<Reply> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  return reply ?? { ok: false, error: { code: "internal", message: "No answer from the background." } };
}
