// The evidence model: cases and the events that make up their trail.
// Pure zod schemas; every type used elsewhere is inferred from them.
import { z } from "zod";
import { ClockStart, Deadline, PromiseKind, PromiseReading } from "./promises/promise-reading";

/**
 * Version of the event format, written as each event's `v`. Bumped when a stored event's shape or
 * sealing changes; events of every earlier version stay valid and verifiable.
 * 1: hashed over its canonical JSON. 2: hashed over salted commitments of its values, with its seed
 * kept in `opening`, so an export can hide a value and still be checked (domain/integrity/sealed-form.ts).
 */
export const EVIDENCE_MODEL_VERSION = 2;

export const Id = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** A moment: epoch milliseconds and the IANA time zone the person was in. */
export const Moment = z.object({
  at: z.number().int().nonnegative(),
  timeZone: z.string().min(1).max(64),
});
export type Moment = z.infer<typeof Moment>;

export const CaseStatus = z.enum(["open", "waiting", "resolved", "escalated", "claim-filed", "closed"]);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** A host name as the browser reports it (lower case, no port). */
export const Domain = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/, "a host name in lower case");

export const Brand = z.object({
  name: z.string().min(1).max(200),
  domains: z.array(Domain).min(1).max(50),
});
export type Brand = z.infer<typeof Brand>;

export const Tag = z.string().trim().min(1).max(100);

export const Case = z.object({
  id: Id,
  title: z.string().min(1).max(300),
  brand: Brand,
  status: CaseStatus,
  created: Moment,
  // The fields below are the current state folded from the case's "case-change" events (domain/cases);
  // optional, so cases stored before them stay valid.
  tags: z.array(Tag).max(50).optional(),
  /** Started by a capture after the brand's earlier case was closed or resolved: that earlier case. */
  follows: Id.optional(),
  /** Whether the person has answered "keep this new case, or add it to the earlier one?". */
  followUpAnswered: z.boolean().optional(),
  /** Its events were added to this other case (the person's choice); it stays stored as it was. */
  mergedInto: Id.optional(),
  /** Cases whose events were added to this one. */
  absorbed: z.array(Id).max(1000).optional(),
  /**
   * Imported beside the case of this id, whose chain it diverges from (docs/backup.md): kept apart,
   * its events as they were sealed, and read-only, so neither story overwrites the other.
   */
  copyOf: Id.optional(),
});
export type Case = z.infer<typeof Case>;

export const Channel = z.enum(["web-form", "chat", "email", "phone", "letter", "visit", "social", "other"]);
export type Channel = z.infer<typeof Channel>;

/** Where an automatic capture came from. Absent for what the person entered by hand. */
export const Source = z.object({
  url: z.string().max(8192),
  title: z.string().max(2000),
  frameOrigin: z.string().max(2048),
  tabId: z.number().int().optional(),
});
export type Source = z.infer<typeof Source>;

export const Collection = z.object({
  method: z.enum(["automatic", "by-hand"]),
  extensionVersion: z.string().max(50),
  browser: z.string().max(50),
  browserVersion: z.string().max(50),
  collector: z.string().max(200).optional(),
});
export type Collection = z.infer<typeof Collection>;

/** Why a field's value was not kept. */
export const WithheldReason = z.enum(["password", "card-number", "card-security-code", "card-detail", "one-time-code"]);
export type WithheldReason = z.infer<typeof WithheldReason>;

/** A file attached to a form: what it was, never its bytes unless the person asks. */
export const AttachedFile = z.object({
  name: z.string().max(1000),
  size: z.number().int().nonnegative(),
  mediaType: z.string().max(255),
  /** SHA-256 (hex) of the file's bytes; absent where the page is not a secure context or the file was too slow to read. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type AttachedFile = z.infer<typeof AttachedFile>;

export const FormField = z.object({
  label: z.string().max(2000),
  name: z.string().max(500),
  type: z.string().max(50),
  /** The value as typed; absent when withheld. */
  value: z.string().optional(),
  /** Set when the value was deliberately not stored. */
  withheld: WithheldReason.optional(),
  /** Length of the value in characters (also for withheld values: 0). */
  length: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the value, recorded for long values so that a copy can be checked. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** For file inputs: the files chosen. */
  files: z.array(AttachedFile).max(100).optional(),
});
export type FormField = z.infer<typeof FormField>;

// Contacts entered by hand: what the person noted about a call, letter, visit, post or e-mail.
// Every field below is optional in the payloads, so events stored before them stay valid.

export const EmailAddress = z.object({ name: z.string().max(500), address: z.string().max(500) });
export type EmailAddress = z.infer<typeof EmailAddress>;

/** An e-mail's attachment, known by its fingerprint: its bytes are not kept. */
export const EmailAttachment = z.object({
  fileName: z.string().max(1000),
  mediaType: z.string().max(255),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** An e-mail as read from its .eml file. The file's own SHA-256 lets a copy of it be checked later. */
export const EmailDetails = z.object({
  fileName: z.string().max(1000),
  fileSize: z.number().int().nonnegative(),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The Date header as written, and the moment it names when it can be read. */
  date: z.string().max(500).optional(),
  sentAt: z.number().int().optional(),
  from: EmailAddress.optional(),
  to: z.array(EmailAddress).max(1000),
  cc: z.array(EmailAddress).max(1000),
  subject: z.string().max(10_000).optional(),
  messageId: z.string().max(1000).optional(),
  /** The body as text; taken from the HTML part, markup removed, when the e-mail had no text part. */
  text: z.string().max(1_000_000),
  textFromHtml: z.boolean(),
  /** Length of the whole text: more than `text` holds when a very long body was shortened. */
  textLength: z.number().int().nonnegative(),
  attachments: z.array(EmailAttachment).max(1000),
});
export type EmailDetails = z.infer<typeof EmailDetails>;

const byHandLetter = {
  registered: z.boolean().optional(),
  trackingNumber: z.string().max(200).optional(),
};

export const ContactAttemptPayload = z.object({
  channel: Channel,
  /** For web forms: the form's fields as the person saw them. */
  fields: z.array(FormField).max(500).default([]),
  /** The address the form was sent to, or the e-mail address / phone number used. */
  target: z.string().max(8192).optional(),
  method: z.string().max(20).optional(),
  summary: z.string().max(100_000).optional(),
  /** By hand: how long a call lasted, who answered it (or whom the person met), where, what was promised. */
  durationMinutes: z.number().int().nonnegative().max(100_000).optional(),
  spokeWith: z.string().max(500).optional(),
  place: z.string().max(2000).optional(),
  promised: z.string().max(100_000).optional(),
  ...byHandLetter,
  /** Social posts: the platform it was posted on. */
  platform: z.string().max(200).optional(),
  email: EmailDetails.optional(),
});

export const ContactOutcomePayload = z.object({
  attemptId: Id,
  status: z.enum(["confirmed", "error", "unconfirmed"]),
  pageUrl: z.string().max(8192).optional(),
  pageTitle: z.string().max(2000).optional(),
  /** Visible text of the confirmation, cut to a reasonable length. */
  text: z.string().max(20_000).optional(),
  reference: z.string().max(200).optional(),
});

export const ChatSide = z.enum(["person", "agent", "bot", "system"]);

/** One line of a conversation (a live chat), or a moment in it: started, handed off, ended. */
export const MessagePayload = z.object({
  /** Stable across re-renders and reloads of the widget in the same tab; differs between tabs. */
  conversationId: z.string().min(1).max(300),
  /** The chat vendor whose widget showed it ("intercom", "generic", "by-hand"…). */
  vendor: z.string().max(50).optional(),
  event: z.enum(["message", "chat-started", "chat-ended", "handoff"]).default("message"),
  side: ChatSide,
  author: z.string().max(500).optional(),
  /** For a hand-off: who answered before. */
  previousAuthor: z.string().max(500).optional(),
  text: z.string().max(1_000_000),
  /** The time printed by the widget next to the message, as printed. */
  shownTime: z.string().max(100).optional(),
});

/** A file kept with an event (a screenshot, a page snapshot): stored once by its SHA-256, in the artifacts table. */
export const ArtifactRef = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string().max(255),
  size: z.number().int().nonnegative(),
  kind: z.enum(["screenshot", "snapshot"]),
});
export type ArtifactRef = z.infer<typeof ArtifactRef>;

/** Why a promise was kept without its screenshot or its snapshot of the page. */
export const ArtifactMissing = z.enum(["too-large", "too-slow", "not-allowed", "not-visible", "failed"]);
export type ArtifactMissing = z.infer<typeof ArtifactMissing>;

export const PromisePayload = z.object({
  quote: z.string().min(1).max(100_000),
  context: z.string().max(100_000).optional(),
  // Promises recorded from a page or from another event. All optional: older promises stay valid.
  /** How Receipts read the quote when it was recorded; a later promise-reading event may supersede it. */
  reading: PromiseReading.optional(),
  artifacts: z.array(ArtifactRef).max(10).optional(),
  screenshotMissing: ArtifactMissing.optional(),
  snapshotMissing: ArtifactMissing.optional(),
  /** Embedded frames inside the selection: a selection stays in one document, so their text is not in the quote. */
  framesLeftOut: z.number().int().nonnegative().optional(),
  /** The event whose words these are (a chat message, a call), when the person marked it as a promise. */
  about: Id.optional(),
});

/** The person's correction of how a promise reads. A new event that supersedes the reading; nothing is edited. */
export const PromiseReadingPayload = z.object({
  promiseId: Id,
  reading: z.object({ kind: PromiseKind, deadline: Deadline.optional(), clockStart: ClockStart }),
});
export type CorrectedReading = z.infer<typeof PromiseReadingPayload>["reading"];

export const ResponsePayload = z.object({
  channel: Channel,
  from: z.string().max(500).optional(),
  text: z.string().max(1_000_000).optional(),
  inReplyTo: Id.optional(),
  /** Received by hand: a letter's registered mail details, an e-mail read from its file. */
  ...byHandLetter,
  email: EmailDetails.optional(),
});

export const NotePayload = z.object({
  text: z.string().min(1).max(1_000_000),
  /** The event this note is about, if any (e.g. what was said on a call started from a phone link). */
  about: Id.optional(),
});

export const AttachmentPayload = z.object({
  fileName: z.string().max(1000),
  mediaType: z.string().max(255),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

// A case's own history and corrections are events too: nothing about a case is ever overwritten.

/** The parts of a case the person can change. */
export const CaseFields = z
  .object({ title: z.string().trim().min(1).max(300), brand: Brand, status: CaseStatus, tags: z.array(Tag).max(50) })
  .partial();
export type CaseFields = z.infer<typeof CaseFields>;

/**
 * The campaign a case runs (change "campaign", recorded when the campaign opens the case): sealed in the
 * case's own chain, so its dossier shows which test it was part of and what was asked, whatever later
 * happens to the campaign.
 */
export const CampaignMembership = z.object({
  campaignId: Id,
  name: z.string().trim().min(1).max(300),
  /** The protocol version this case runs; a later version does not change it. */
  protocolVersion: z.number().int().positive(),
  /** What the protocol asks every brand, word for word, and through which channel. */
  question: z.string().trim().min(1).max(10_000),
  channel: Channel,
  /** "campaign": the campaign's statement of the promise is pinned in the case; "per-brand": the brand's own is to be pinned. */
  pinning: z.enum(["campaign", "per-brand"]),
  /** The brand joined after the campaign had started. */
  addedAfterStart: z.boolean(),
});
export type CampaignMembership = z.infer<typeof CampaignMembership>;

/** One change to a case, with the values before and after, so the history reads without replaying it. */
export const CaseChangePayload = z.object({
  change: z.enum(["opened", "renamed", "status", "brand", "tags", "merged-into", "absorbed", "follow-up-kept", "campaign"]),
  from: CaseFields,
  to: CaseFields,
  /** The other case of a follow-up or a merge. */
  otherCaseId: Id.optional(),
  /** For "campaign": the campaign and protocol version the case runs. Optional: older changes stay valid. */
  campaign: CampaignMembership.optional(),
});
export type CaseChangePayload = z.infer<typeof CaseChangePayload>;

/**
 * A correction of an earlier event of the same case. The corrected event stays as it was, shown as
 * corrected; views use the corrected facts. Without `occurred` or `payload`, the event is withdrawn.
 */
export const CorrectionPayload = z.object({
  supersedes: Id,
  reason: z.string().trim().min(1).max(10_000),
  /** When it really happened. */
  occurred: Moment.optional(),
  /** Fields of the corrected event's payload that change, checked against that event's kind. */
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type CorrectionPayload = z.infer<typeof CorrectionPayload>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const eventBase = {
  /** Format version of this event (see EVIDENCE_MODEL_VERSION). */
  v: z.union([z.literal(1), z.literal(2)]),
  id: Id,
  caseId: Id,
  /** When Receipts wrote it down. */
  recorded: Moment,
  /** When it happened: the same as `recorded` for captures; stated by the person otherwise. */
  occurred: Moment,
  source: Source.optional(),
  collection: Collection,
  /** Filled by the integrity layer: SHA-256 of this event's canonical form, and of the previous one in the case. */
  hash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  previousHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** v2: the event's random seed (64 hex digits), from which the salt of each of its values is derived. Never hashed. */
  opening: Sha256Hex.optional(),
  /** Always absent or false here: an export's copy with hidden values is a RedactedEvent (dossier/case-file.ts). */
  redacted: z.literal(false).optional(),
};

export const EvidenceEvent = z.discriminatedUnion("kind", [
  z.object({ ...eventBase, kind: z.literal("contact-attempt"), payload: ContactAttemptPayload }),
  z.object({ ...eventBase, kind: z.literal("contact-outcome"), payload: ContactOutcomePayload }),
  z.object({ ...eventBase, kind: z.literal("message"), payload: MessagePayload }),
  z.object({ ...eventBase, kind: z.literal("promise"), payload: PromisePayload }),
  z.object({ ...eventBase, kind: z.literal("promise-reading"), payload: PromiseReadingPayload }),
  z.object({ ...eventBase, kind: z.literal("response"), payload: ResponsePayload }),
  z.object({ ...eventBase, kind: z.literal("note"), payload: NotePayload }),
  z.object({ ...eventBase, kind: z.literal("attachment"), payload: AttachmentPayload }),
  z.object({ ...eventBase, kind: z.literal("case-change"), payload: CaseChangePayload }),
  z.object({ ...eventBase, kind: z.literal("correction"), payload: CorrectionPayload }),
]);
export type EvidenceEvent = z.infer<typeof EvidenceEvent>;
export type EventKind = EvidenceEvent["kind"];
export type EventOfKind<K extends EventKind> = Extract<EvidenceEvent, { kind: K }>;

/** What a capture carries before the background gives it an id, a case and its times. */
export const CapturedEvidence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("contact-attempt"), payload: ContactAttemptPayload }),
  z.object({ kind: z.literal("message"), payload: MessagePayload }),
]);
export type CapturedEvidence = z.infer<typeof CapturedEvidence>;

export const EVENT_KINDS = EvidenceEvent.options.map((o) => o.shape.kind.value);
