// Every message between the extension's contexts, declared once.
// The background parses each message with these schemas and refuses anything else.
import { z } from "zod";
import { AttachmentPayload, Brand, CapturedEvidence, CaseFields, CorrectionPayload, Domain, Id, Tag } from "../domain/evidence";
import { ByHandEntry, CaseChoice } from "../domain/offline/by-hand-entry";
import { PromiseReadingPayload, type ArtifactMissing } from "../domain/evidence";
import type { PromiseReading } from "../domain/promises/promise-reading";
import { VerifiedBackup } from "../domain/backup/backup-status";
import { ProtocolFields } from "../domain/campaigns/campaign-edits";

/** Messages a content script may send. Treat them as written by the page itself. */
export const ContentMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("capture.record"),
    /** Idempotency key: a retry of the same capture carries the same key. */
    captureKey: z.uuid(),
    title: z.string().max(2000),
    evidence: CapturedEvidence,
  }),
  /** A watched page finished loading: the outcome of a form just sent from its tab, if any. */
  z.object({ type: z.literal("page.loaded"), title: z.string().max(2000) }),
  z.object({
    type: z.literal("capture.outcome"),
    captureKey: z.uuid(),
    /** The capture key of the contact attempt this is the outcome of, sent earlier from the same page. */
    attemptCaptureKey: z.uuid(),
    title: z.string().max(2000),
    status: z.enum(["confirmed", "error", "unconfirmed"]),
    text: z.string().max(20_000).optional(),
    reference: z.string().max(200).optional(),
  }),
  // Live chats
  /** A chat widget was seen: which vendors' readers to load in this frame, and the vendor frames it embeds. */
  z.object({
    type: z.literal("chat.detected"),
    vendors: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(20),
    frameHosts: z.array(Domain).max(20),
  }),
  // Promises
  /** A person's click on a "Record as promise" button the finder put in the page: accepted only for a sentence it found there lately. */
  z.object({ type: z.literal("promise.found-record"), text: z.string().min(1).max(5_000), requestKey: z.uuid() }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Messages only extension pages (popup, dashboard) may send. */
export const PrivilegedMessage = z.discriminatedUnion("type", [
  /** Sent while the browser asks for the site's permission: Firefox may close the popup before it can say "watch". */
  z.object({ type: z.literal("site.watch-intent"), host: Domain }),
  z.object({ type: z.literal("site.watch"), host: Domain, tabId: z.number().int().optional() }),
  z.object({ type: z.literal("site.unwatch"), host: Domain }),
  z.object({ type: z.literal("case.export"), caseId: Id }),
  z.object({ type: z.literal("settings.update"), collector: z.string().max(200) }),
  z.object({ type: z.literal("storage-error.dismiss") }),
  /** What happened after a click on a mail or phone link: kept as a note about that attempt. */
  z.object({ type: z.literal("link-prompt.answer"), eventId: Id, text: z.string().trim().min(1).max(100_000) }),
  z.object({ type: z.literal("link-prompt.dismiss"), eventId: Id }),
  // Live chats
  /** Vendor hosts whose chat frame in this tab Receipts could record if the person allowed it. */
  z.object({ type: z.literal("chat.frame-requests"), tabId: z.number().int() }),
  /** Sent after the person granted a vendor host from the popup: record the chat frames from it. */
  z.object({ type: z.literal("chat.frame-allow"), host: Domain, tabId: z.number().int() }),
  /** The person refused: do not ask about this host again. */
  z.object({ type: z.literal("chat.frame-refuse"), host: Domain }),
  /** "Record this chat": let the person point at the conversation in the tab. */
  z.object({ type: z.literal("chat.pick"), tabId: z.number().int() }),
  // Contacts entered by hand
  /** A call, letter, visit, post or e-mail the person adds; the same `entryKey` is stored once (a retry after an error). */
  z.object({ type: z.literal("by-hand.record"), entryKey: z.uuid(), case: CaseChoice, entry: ByHandEntry }),
  // Cases
  /** A case the person starts from the dashboard. */
  z.object({ type: z.literal("case.create"), title: z.string().trim().min(1).max(300), brand: Brand, tags: z.array(Tag).max(50).default([]) }),
  /** Rename, close, reopen, another status, the brand and its domains, tags: each change is recorded as an event. */
  z.object({ type: z.literal("case.change"), caseId: Id, edit: CaseFields }),
  /** The answer to "keep the new case, or add it to the earlier one (reopen it)?". */
  z.object({ type: z.literal("case.follow-up"), caseId: Id, answer: z.enum(["keep", "merge"]) }),
  /** A correction of an event, appended; the event itself stays. */
  z.object({ type: z.literal("case.correct"), correction: CorrectionPayload }),
  /** A note added by hand, optionally about one event. */
  /**
   * `noteKey`: made once per note by the form; a note sent again with the same key (a double click, a
   * retry after an error) is stored once.
   */
  z.object({ type: z.literal("case.note"), caseId: Id, text: z.string().trim().min(1).max(1_000_000), about: Id.optional(), noteKey: z.uuid().optional() }),
  /** A file the person attaches: its fingerprint only (name, type, size, SHA-256), computed in the page. */
  z.object({ type: z.literal("case.attach"), caseId: Id, file: AttachmentPayload }),
  /** "Captures on this brand's sites go to this case": the person's choice when several open cases share a brand. */
  z.object({ type: z.literal("case.activate"), caseId: Id }),
  /**
   * Deletes the case, its events and the files no other case refers to. `events` is the count the person
   * confirmed: if the case has changed since, nothing is deleted and the person is asked again.
   */
  z.object({ type: z.literal("case.delete"), caseId: Id, events: z.number().int().nonnegative() }),
  // Campaigns
  /** A campaign being prepared: its name, protocol and the brands listed so far. */
  z.object({ type: z.literal("campaign.create"), name: z.string().trim().min(1).max(300), protocol: ProtocolFields, brands: z.array(Brand).max(1_000) }),
  /** Before the start: rewrites the draft. After it: a new protocol version, with why it changed. */
  z.object({ type: z.literal("campaign.edit-protocol"), campaignId: Id, protocol: ProtocolFields, why: z.string().trim().max(2_000).optional() }),
  /** A brand joins; after the start its case opens at once, marked as added after the start. */
  z.object({ type: z.literal("campaign.add-brand"), campaignId: Id, brand: Brand }),
  /** Before the start only. */
  z.object({ type: z.literal("campaign.remove-brand"), campaignId: Id, caseId: Id }),
  /** Opens one case per brand, each with the campaign it runs and the promise under test. */
  z.object({ type: z.literal("campaign.start"), campaignId: Id }),
  z.object({ type: z.literal("campaign.end"), campaignId: Id }),
  // Dossier
  /** The installation's signing key (made if missing) and the facts an export records about this browser. */
  z.object({ type: z.literal("dossier.signer") }),
  /** Signs a bundle's manifest: refused unless it names this key and the case's chain head as stored now. */
  z.object({ type: z.literal("dossier.sign"), manifest: z.string().max(20_000_000) }),
  /** The RFC 3161 time-stamping authority bundles ask for trusted time ("" for none). */
  z.object({ type: z.literal("dossier.tsa"), url: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(2000)]) }),
  // Import and backup (docs/backup.md)
  /** Import the file the dashboard staged under `stagingKey` (a bundle, a case file or a backup): checked, then merged by hash. */
  z.object({ type: z.literal("backup.import"), stagingKey: z.uuid() }),
  /** A whole-profile backup the dashboard made, read back and found intact: remembered as the last verified backup. */
  z.object({ type: z.literal("backup.record"), backup: VerifiedBackup }),
  /** The weekly automatic backup into the downloads folder, on or off (on: the page asked for the downloads permission first). */
  z.object({ type: z.literal("backup.automatic"), enabled: z.boolean() }),
  // Promises
  /** What is selected in the tab, read as the popup opens: shown to the person, and what "Record a promise" keeps. */
  z.object({ type: z.literal("promise.selection"), tabId: z.number().int() }),
  /** Record the tab's selection as a promise, once per `requestKey`; `selectionToken` names the selection read as the popup opened. */
  z.object({ type: z.literal("promise.record"), tabId: z.number().int(), requestKey: z.uuid(), selectionToken: z.uuid().optional() }),
  /** A context-menu click, handed to the menu's own handler as the menu hands it: automated tests cannot click the browser's menu. */
  z.object({
    type: z.literal("promise.menu-click"),
    tabId: z.number().int(),
    menuItemId: z.string().max(100),
    selectionText: z.string().max(200_000).optional(),
    frameId: z.number().int().optional(),
  }),
  /** The person's correction of how a promise reads, appended as a promise-reading event (once per `correctionKey`). */
  z.object({ type: z.literal("promise.correct"), promiseId: Id, reading: PromiseReadingPayload.shape.reading, correctionKey: z.uuid() }),
  /** A chat message or a logged call marked as a promise: a new promise event quoting it. */
  z.object({ type: z.literal("promise.from-event"), eventId: Id, requestKey: z.uuid() }),
  /** "Find promises on this page": mark the sentences of the tab that read as promises, with a button to record each. */
  z.object({ type: z.literal("promise-finder.find"), tabId: z.number().int() }),
  /** "Clear highlights": take the finder's marks and buttons away. */
  z.object({ type: z.literal("promise-finder.clear"), tabId: z.number().int() }),
]);
export type PrivilegedMessage = z.infer<typeof PrivilegedMessage>;

/**
 * Messages the background sends to its own offscreen document (Chrome): a service worker cannot make
 * a blob: URL for the downloads API, the document can. The document answers only its own extension.
 */
export const OffscreenMessage = z.discriminatedUnion("type", [z.object({ type: z.literal("backup.make-offscreen") })]);
export type OffscreenMessage = z.infer<typeof OffscreenMessage>;

/** What recording a promise gave: the reply to promise.record and promise.menu-click (as `outcome`). */
export type RecordOutcome =
  | {
      status: "recorded";
      eventId: string;
      caseId: string;
      caseTitle: string;
      /** No case was open for the site: one was started for it. */
      caseStarted: boolean;
      host: string;
      quote: string;
      reading?: PromiseReading;
      screenshotMissing?: ArtifactMissing;
      snapshotMissing?: ArtifactMissing;
      framesLeftOut: number;
      duplicate: boolean;
    }
  | { status: "nothing-selected" }
  | { status: "too-long"; length: number }
  | { status: "not-a-web-page" }
  | { status: "no-access" };

export const ErrorCode = z.enum(["invalid-message", "forbidden", "not-watched", "storage-failed", "permission-missing", "not-found", "internal"]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
});
export type Failure = z.infer<typeof Failure>;

/** The answer to a capture: `duplicate` when the same capture key was already stored. */
export const CaptureAck = z.union([
  z.object({ ok: z.literal(true), eventId: Id, duplicate: z.boolean() }),
  Failure,
]);
export type CaptureAck = z.infer<typeof CaptureAck>;

export type Reply = { ok: true; [key: string]: unknown } | Failure;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}
