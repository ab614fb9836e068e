// What the person typed in a "log a contact" form, as typed (drafts keep every character, so a
// mistake loses nothing), and how it becomes an entry, or the errors to show next to each field.
// Errors are message keys: the popup shows them in the person's language.
import type { EmailDetails } from "../evidence";
import { ByHandEntry, type ContactByHand } from "./by-hand-entry";
import { emailDirection, type EmailDirection } from "./email-direction";
import { epochToLocalInput, localInputToEpoch } from "./local-time";

export interface Drafts {
  "phone-call": { when: string; number: string; minutes: string; answeredBy: string; said: string; promised: string };
  letter: { when: string; direction: EmailDirection; registered: boolean; trackingNumber: string; summary: string };
  visit: { when: string; place: string; spokeWith: string; said: string };
  /** `tab` is set when the address was taken from the open tab, and dropped when the person edits it. */
  "social-post": { when: string; url: string; platform: string; text: string; tab?: { id: number; title: string } };
  /**
   * `when` is asked only for an e-mail without a readable Date header. `direction` is set once the
   * person says who wrote it; until then it is guessed from the sender and the case's brand.
   */
  email: { when: string; direction?: EmailDirection; email?: EmailDetails };
}
export type Draft = Drafts[ContactByHand];

export type ErrorKey =
  | "errorWhenMissing"
  | "errorWhenInvalid"
  | "errorWhenFuture"
  | "errorNumberMissing"
  | "errorNumberInvalid"
  | "errorMinutes"
  | "errorPlaceMissing"
  | "errorUrl"
  | "errorEmailMissing"
  | "errorTooLong";
export type FieldErrors = Record<string, ErrorKey>;
export type DraftReading = { ok: true; entry: ByHandEntry } | { ok: false; errors: FieldErrors };

export interface FormClock {
  now: number;
  timeZone: string;
}

/** Who wrote the e-mail in the draft: as the person said, or as its sender suggests. */
export function draftEmailDirection(draft: Drafts["email"], brandDomains: readonly string[]): EmailDirection {
  return draft.direction ?? emailDirection(draft.email?.from?.address, brandDomains);
}

/** A little slack for a clock read a moment before the person clicked. */
const FUTURE_SLACK_MS = 60_000;

export function emptyDrafts(clock: FormClock): Drafts {
  const when = epochToLocalInput(clock.now, clock.timeZone);
  return {
    "phone-call": { when, number: "", minutes: "", answeredBy: "", said: "", promised: "" },
    letter: { when, direction: "sent", registered: false, trackingNumber: "", summary: "" },
    visit: { when, place: "", spokeWith: "", said: "" },
    "social-post": { when, url: "", platform: "", text: "" },
    email: { when },
  };
}

/** Minutes as "25", or hours and minutes as "1:30". */
export function readMinutes(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,5}$/.test(t)) return Number(t);
  const hm = /^(\d{1,3})[:h]([0-5]\d)$/i.exec(t);
  return hm ? Number(hm[1]) * 60 + Number(hm[2]) : undefined;
}

class Reader {
  readonly errors: FieldErrors = {};
  constructor(private readonly clock: FormClock) {}

  when(text: string, field = "when"): { at: number; timeZone: string } | undefined {
    if (!text.trim()) return this.fail(field, "errorWhenMissing");
    const at = localInputToEpoch(text, this.clock.timeZone);
    if (at === undefined) return this.fail(field, "errorWhenInvalid");
    if (at > this.clock.now + FUTURE_SLACK_MS) return this.fail(field, "errorWhenFuture");
    return { at, timeZone: this.clock.timeZone };
  }

  /** Optional text: trimmed, left out when empty. */
  text(field: string, value: string, max: number): string | undefined {
    const t = value.trim();
    if (t.length > max) return this.fail(field, "errorTooLong");
    return t || undefined;
  }

  required(field: string, value: string, max: number, missing: ErrorKey): string | undefined {
    if (!value.trim()) return this.fail(field, missing);
    return this.text(field, value, max);
  }

  fail(field: string, key: ErrorKey): undefined {
    this.errors[field] ??= key;
    return undefined;
  }

  done(candidate: unknown): DraftReading {
    if (Object.keys(this.errors).length > 0) return { ok: false, errors: this.errors };
    return { ok: true, entry: ByHandEntry.parse(candidate) };
  }
}

function readPhoneCall(d: Drafts["phone-call"], r: Reader): DraftReading {
  const occurred = r.when(d.when);
  const number = r.required("number", d.number, 100, "errorNumberMissing");
  if (number && (number.match(/\d/g) ?? []).length < 2) r.fail("number", "errorNumberInvalid");
  const durationMinutes = d.minutes.trim() ? readMinutes(d.minutes) : undefined;
  if (d.minutes.trim() && durationMinutes === undefined) r.fail("minutes", "errorMinutes");
  return r.done({
    contact: "phone-call",
    occurred,
    number,
    durationMinutes,
    answeredBy: r.text("answeredBy", d.answeredBy, 500),
    said: r.text("said", d.said, 100_000),
    promised: r.text("promised", d.promised, 100_000),
  });
}

function readLetter(d: Drafts["letter"], r: Reader): DraftReading {
  return r.done({
    contact: "letter",
    occurred: r.when(d.when),
    direction: d.direction,
    registered: d.registered,
    trackingNumber: r.text("trackingNumber", d.trackingNumber, 200),
    summary: r.text("summary", d.summary, 100_000),
  });
}

function readVisit(d: Drafts["visit"], r: Reader): DraftReading {
  return r.done({
    contact: "visit",
    occurred: r.when(d.when),
    place: r.required("place", d.place, 2000, "errorPlaceMissing"),
    spokeWith: r.text("spokeWith", d.spokeWith, 500),
    said: r.text("said", d.said, 100_000),
  });
}

function readSocialPost(d: Drafts["social-post"], r: Reader): DraftReading {
  const url = d.url.trim();
  let web = false;
  try {
    web = /^https?:$/.test(new URL(url).protocol) && url.length <= 8192;
  } catch {
    web = false;
  }
  if (!web) r.fail("url", "errorUrl");
  return r.done({
    contact: "social-post",
    occurred: r.when(d.when),
    url,
    platform: r.text("platform", d.platform, 200),
    text: r.text("text", d.text, 100_000),
    tabId: d.tab?.id,
  });
}

function readEmail(d: Drafts["email"], r: Reader, clock: FormClock, brandDomains: readonly string[]): DraftReading {
  if (!d.email) {
    r.fail("file", "errorEmailMissing");
    return r.done(undefined);
  }
  // The Date header is the e-mail's own word on when it was sent; the person is asked only without one.
  const occurred = d.email.sentAt !== undefined ? { at: d.email.sentAt, timeZone: clock.timeZone } : r.when(d.when);
  return r.done({ contact: "email", occurred, direction: draftEmailDirection(d, brandDomains), email: d.email });
}

/** `brandDomains`: the chosen case's, to tell who wrote an e-mail the person did not say. */
export function readDraft<C extends ContactByHand>(contact: C, draft: Drafts[C], clock: FormClock, brandDomains: readonly string[] = []): DraftReading {
  const r = new Reader(clock);
  switch (contact) {
    case "phone-call":
      return readPhoneCall(draft as Drafts["phone-call"], r);
    case "letter":
      return readLetter(draft as Drafts["letter"], r);
    case "visit":
      return readVisit(draft as Drafts["visit"], r);
    case "social-post":
      return readSocialPost(draft as Drafts["social-post"], r);
    case "email":
      return readEmail(draft as Drafts["email"], r, clock, brandDomains);
  }
  return r.done(undefined);
}
