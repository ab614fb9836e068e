// Chrome's offscreen document for the weekly automatic backup: the service worker cannot make a
// blob: URL for the downloads API, so this page makes the backup (reading IndexedDB, asking the
// background to sign each case), reads it back, and hands the background a blob: URL to download.
// It answers only its own extension's background, and only this one message.
import "../domain/zod-config";
import browser, { type Runtime } from "webextension-polyfill";
import { OffscreenMessage } from "../messaging/messages";
import { database } from "../storage/database";
import { makeVerifiedBackup } from "./make-backup";
import { signerFacts, signManifestBytes } from "../dashboard/export-data";

async function makeForDownload(): Promise<{ ok: boolean; url?: string; record?: unknown; error?: string }> {
  try {
    const facts = await signerFacts();
    const made = await makeVerifiedBackup(database(), { signer: facts.signer, by: facts.by, timeZone: facts.timeZone, sign: signManifestBytes, now: Date.now, automatic: true });
    // Kept until the background closes this document, after the download is complete.
    return { ok: true, url: URL.createObjectURL(new Blob([made.bytes], { type: "application/zip" })), record: made.record };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Not for this page (the dashboard's requests to the background pass by here too): no answer.
  if (!OffscreenMessage.safeParse(raw).success || sender.id !== browser.runtime.id || sender.tab) return undefined;
  return makeForDownload();
});
