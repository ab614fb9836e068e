// What the popup sends when the person adds a contact made outside the browser. The background
// checks it with these schemas, then turns it into an event (by-hand-evidence.ts).
import { z } from "zod";
import { Domain, EmailDetails, Id, Moment } from "../evidence";

const optionalText = (max: number) => z.string().max(max).optional();
const direction = z.enum(["sent", "received"]);

export const PhoneCallEntry = z.object({
  contact: z.literal("phone-call"),
  occurred: Moment,
  number: z.string().trim().min(1).max(100),
  durationMinutes: z.number().int().nonnegative().max(100_000).optional(),
  answeredBy: optionalText(500),
  said: optionalText(100_000),
  promised: optionalText(100_000),
});

export const LetterEntry = z.object({
  contact: z.literal("letter"),
  occurred: Moment,
  direction,
  registered: z.boolean(),
  trackingNumber: optionalText(200),
  summary: optionalText(100_000),
});

export const VisitEntry = z.object({
  contact: z.literal("visit"),
  occurred: Moment,
  place: z.string().trim().min(1).max(2000),
  spokeWith: optionalText(500),
  said: optionalText(100_000),
});

export const SocialPostEntry = z.object({
  contact: z.literal("social-post"),
  occurred: Moment,
  url: z.string().max(8192).regex(/^https?:\/\/\S+$/i),
  platform: optionalText(200),
  text: optionalText(100_000),
  /** The tab that shows the post: the background then records its address and title from the tab itself. */
  tabId: z.number().int().nonnegative().optional(),
});

export const EmailEntry = z.object({
  contact: z.literal("email"),
  occurred: Moment,
  direction,
  email: EmailDetails,
});

export const ByHandEntry = z.discriminatedUnion("contact", [PhoneCallEntry, LetterEntry, VisitEntry, SocialPostEntry, EmailEntry]);
export type ByHandEntry = z.infer<typeof ByHandEntry>;
export type ContactByHand = ByHandEntry["contact"];
export const CONTACTS_BY_HAND = ByHandEntry.options.map((o) => o.shape.contact.value);

/** The case to add it to: one that exists, or a new one the person starts with it. */
export const CaseChoice = z.union([
  z.object({ caseId: Id }),
  z.object({ newCase: z.object({ name: z.string().trim().min(1).max(200), domain: Domain }) }),
]);
export type CaseChoice = z.infer<typeof CaseChoice>;
