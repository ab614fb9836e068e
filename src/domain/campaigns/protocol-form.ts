// The campaign forms as the person fills them in: every field kept as typed (a mistake loses nothing),
// read into a protocol, a name and brands, or into the errors to show next to each field. Errors are
// message keys: the dashboard shows them in the person's language.
import type { Brand, Channel } from "../evidence";
import { brandDomainFromInput } from "../offline/brand-domain";
import { readPromise } from "../promises/promise-parser";
import { type ClockStart, type DurationUnit, type PromiseKind, type PromiseReading } from "../promises/promise-reading";
import type { Protocol, ProtocolDuration, ResponseRule } from "./campaign";
import { ProtocolFields, sameBrand } from "./campaign-edits";

export interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

export interface ProtocolDraft {
  question: string;
  channel: Channel;
  promiseText: string;
  /** The yardstick read from the promise's words, or set by the person ("" amount: no deadline). */
  kind: PromiseKind;
  deadline: DurationDraft;
  /** The person changed the yardstick: the promise's words no longer rewrite it. */
  yardstickTouched: boolean;
  pinning: Protocol["pinning"];
  wait: DurationDraft;
  followUp: boolean;
  followUpAfter: DurationDraft;
  responseRule: ResponseRule;
}

export type ProtocolErrorKey =
  | "campaignErrorQuestion"
  | "campaignErrorPromise"
  | "campaignErrorAmount"
  | "campaignErrorFollowUpAfterWait"
  | "campaignErrorWhy"
  | "campaignErrorName"
  | "campaignErrorTooLong";

export type FormErrors = Record<string, ProtocolErrorKey>;

const MAX_AMOUNT = 10_000;

export function emptyProtocolDraft(): ProtocolDraft {
  return {
    question: "",
    channel: "email",
    promiseText: "",
    kind: "reply-time",
    deadline: { amount: "", unit: "hours" },
    yardstickTouched: false,
    pinning: "campaign",
    wait: { amount: "5", unit: "calendar-days" },
    followUp: true,
    followUpAfter: { amount: "3", unit: "calendar-days" },
    responseRule: "person",
  };
}

/** A stored protocol back as a draft, to edit it. */
export function draftOf(protocol: Protocol): ProtocolDraft {
  const deadline = protocol.promise.reading?.deadline;
  return {
    question: protocol.question,
    channel: protocol.channel,
    promiseText: protocol.promise.text,
    kind: protocol.promise.reading?.kind ?? "reply-time",
    deadline: deadline?.type === "duration" ? { amount: String(deadline.amount), unit: deadline.unit } : { amount: "", unit: "hours" },
    yardstickTouched: true,
    pinning: protocol.pinning,
    wait: { amount: String(protocol.wait.amount), unit: protocol.wait.unit },
    followUp: protocol.followUpAfter !== undefined,
    followUpAfter: protocol.followUpAfter ? { amount: String(protocol.followUpAfter.amount), unit: protocol.followUpAfter.unit } : { amount: "3", unit: "calendar-days" },
    responseRule: protocol.responseRule,
  };
}

/**
 * The draft after the promise's words change: while the person has not set the yardstick by hand, it
 * follows what the promise parser reads ("We reply within 48 hours" → a reply within 48 hours).
 */
export function withPromiseText(draft: ProtocolDraft, text: string): ProtocolDraft {
  const next = { ...draft, promiseText: text };
  if (draft.yardstickTouched) return next;
  const reading = readPromise(text);
  const deadline = reading?.deadline;
  return {
    ...next,
    kind: reading?.kind ?? draft.kind,
    deadline: deadline?.type === "duration" ? { amount: String(deadline.amount), unit: deadline.unit } : { amount: "", unit: draft.deadline.unit },
  };
}

function amountOf(draft: DurationDraft): number | undefined {
  const text = draft.amount.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const amount = Number(text);
  return amount >= 1 && amount <= MAX_AMOUNT ? amount : undefined;
}

/** Roughly how long, in minutes, to compare a follow-up with the wait (a working week is five days of seven). */
const MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, "calendar-days": 1440, "business-days": 1440 * 1.4, weeks: 10_080 };

function readDuration(draft: DurationDraft, field: string, errors: FormErrors): ProtocolDuration | undefined {
  const amount = amountOf(draft);
  if (amount === undefined) {
    errors[field] = "campaignErrorAmount";
    return undefined;
  }
  return { amount, unit: draft.unit };
}

/** The yardstick the campaign measures brands against, from the draft; the words' own reading where it agrees. */
function readingOf(draft: ProtocolDraft, deadlineAmount: number | undefined): PromiseReading {
  const read = readPromise(draft.promiseText);
  const deadline = deadlineAmount !== undefined ? { type: "duration" as const, amount: deadlineAmount, unit: draft.deadline.unit } : undefined;
  const same = read && read.kind === draft.kind && JSON.stringify(read.deadline) === JSON.stringify(deadline);
  if (same) return read;
  // Set by the person: fully trusted, counted from each contact for replies and call backs.
  const clockStart: ClockStart = draft.kind === "reply-time" || draft.kind === "callback" ? "each-contact" : "statement";
  return { kind: draft.kind, ...(deadline ? { deadline } : {}), clockStart, language: read?.language ?? "en", confidence: 1, matched: {} };
}

export type ProtocolReading = { ok: true; protocol: ProtocolFields } | { ok: false; errors: FormErrors };

export function readProtocolDraft(draft: ProtocolDraft): ProtocolReading {
  const errors: FormErrors = {};
  const question = draft.question.trim();
  if (!question) errors.question = "campaignErrorQuestion";
  else if (question.length > 10_000) errors.question = "campaignErrorTooLong";
  const promiseText = draft.promiseText.trim();
  if (!promiseText) errors.promiseText = "campaignErrorPromise";
  else if (promiseText.length > 2_000) errors.promiseText = "campaignErrorTooLong";
  let deadlineAmount: number | undefined;
  if (draft.deadline.amount.trim() !== "") {
    deadlineAmount = amountOf(draft.deadline);
    if (deadlineAmount === undefined) errors.deadline = "campaignErrorAmount";
  }
  const wait = readDuration(draft.wait, "wait", errors);
  const followUpAfter = draft.followUp ? readDuration(draft.followUpAfter, "followUpAfter", errors) : undefined;
  if (wait && followUpAfter && followUpAfter.amount * MINUTES[followUpAfter.unit] >= wait.amount * MINUTES[wait.unit]) errors.followUpAfter = "campaignErrorFollowUpAfterWait";
  if (Object.keys(errors).length > 0 || !wait) return { ok: false, errors };
  const protocol = ProtocolFields.parse({
    question,
    channel: draft.channel,
    promise: { text: promiseText, reading: readingOf(draft, deadlineAmount) },
    pinning: draft.pinning,
    wait,
    ...(followUpAfter ? { followUpAfter } : {}),
    responseRule: draft.responseRule,
  });
  return { ok: true, protocol };
}

export function readCampaignName(name: string): { ok: true; name: string } | { ok: false; error: ProtocolErrorKey } {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, error: "campaignErrorName" };
  if (trimmed.length > 300) return { ok: false, error: "campaignErrorTooLong" };
  return { ok: true, name: trimmed };
}

export type BrandLineProblem = "brandLineNoName" | "brandLineNoDomain" | "brandLineBadDomain" | "brandLineRepeated" | "brandLineAlreadyIn";

export interface BrandLines {
  brands: Brand[];
  /** By line number (1-based), what is wrong with it; the good lines are still read. */
  problems: { line: number; text: string; problem: BrandLineProblem }[];
}

/**
 * Brands pasted as lines, "Name, domain" (more domains may follow: "Name, domain, other-domain"); blank
 * lines are skipped. A line whose brand is already listed (in the paste or in `existing`) is refused.
 */
export function readBrandLines(text: string, existing: readonly Brand[] = []): BrandLines {
  const brands: Brand[] = [];
  const problems: BrandLines["problems"] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const fail = (problem: BrandLineProblem) => problems.push({ line: index + 1, text: line, problem });
    // A tab (a spreadsheet's column) or a semicolon separates like a comma.
    const parts = line.split(/[,;\t]/).map((p) => p.trim());
    const name = parts[0] ?? "";
    const addresses = parts.slice(1).filter(Boolean);
    if (!name || name.length > 200) return fail("brandLineNoName");
    if (addresses.length === 0) return fail("brandLineNoDomain");
    const domains = addresses.map(brandDomainFromInput);
    if (domains.some((d) => d === undefined)) return fail("brandLineBadDomain");
    const brand: Brand = { name, domains: [...new Set(domains as string[])].slice(0, 50) };
    if (existing.some((b) => sameBrand(b, brand))) return fail("brandLineAlreadyIn");
    if (brands.some((b) => sameBrand(b, brand))) return fail("brandLineRepeated");
    brands.push(brand);
  });
  return { brands, problems };
}
