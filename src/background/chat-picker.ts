// "Record this chat": for a chat Receipts did not recognise, the person points at the conversation.
// The picker goes into every frame of the tab Receipts may read; the frame clicked in records it.
import browser from "webextension-polyfill";
import pickerScript from "../content/chat/chat-picker.iife.ts?script";
import type { Reply } from "../messaging/messages";
import { failure } from "../messaging/messages";

export async function pickChat(tabId: number): Promise<Reply> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [pickerScript] });
    return { ok: true };
  } catch (error) {
    return failure("permission-missing", error instanceof Error ? error.message : String(error));
  }
}
