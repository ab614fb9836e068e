// What Receipts understood of a pinned promise: which commitment it is, by when, counted from what.
// Pure zod schemas; the types are inferred from them.
import { z } from "zod";

export const PromiseKind = z.enum([
  "reply-time",
  "resolution-time",
  "refund",
  "callback",
  "channel-availability",
  "single-contact",
  "compensation",
  "other",
]);
export type PromiseKind = z.infer<typeof PromiseKind>;

export const DurationUnit = z.enum(["minutes", "hours", "calendar-days", "business-days", "weeks"]);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** "within 48 hours", "sous 5 jours ouvrés". */
export const DurationDeadline = z.object({
  type: z.literal("duration"),
  amount: z.number().int().positive().max(10_000),
  unit: DurationUnit,
});

/**
 * A wall-clock time some days after the statement: "tomorrow before 6pm" is { dayOffset: 1, hour: 18, minute: 0 }.
 * Day words without a time ("by end of day", "demain", "le jour même") mean the end of that day, written 23:59.
 */
export const BeforeTimeDeadline = z.object({
  type: z.literal("before-time"),
  dayOffset: z.number().int().min(0).max(31),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
});

/** "24/7", "7j/7 24h/24": an availability claim, with nothing to wait for. */
export const AlwaysDeadline = z.object({ type: z.literal("always") });

/** "by 15 March 2025": the end of that day in the person's time zone. */
export const FixedDateDeadline = z.object({
  type: z.literal("fixed-date"),
  date: z.iso.date(),
});

export const Deadline = z.discriminatedUnion("type", [
  DurationDeadline,
  BeforeTimeDeadline,
  AlwaysDeadline,
  FixedDateDeadline,
]);
export type Deadline = z.infer<typeof Deadline>;

/**
 * The moment the deadline counts from (see clock-start.ts for the rule):
 * - each-contact: every contact attempt starts it again (brand pages: "we reply within 48 hours");
 * - order-date: the order, return or cancellation date (refunds, "within 14 days of your order");
 * - fixed-date: the deadline is a calendar date, nothing to count from;
 * - statement: the moment the promise was made (an agent's "I'll call you back tomorrow").
 */
export const ClockStart = z.enum(["each-contact", "order-date", "fixed-date", "statement"]);
export type ClockStart = z.infer<typeof ClockStart>;

export const PromiseLanguage = z.enum(["en", "fr"]);
export type PromiseLanguage = z.infer<typeof PromiseLanguage>;

export const PromiseReading = z.object({
  kind: PromiseKind,
  /** Absent when the promise has no deadline or one we could not read ("within two months", "on Monday"). */
  deadline: Deadline.optional(),
  clockStart: ClockStart,
  language: PromiseLanguage,
  /** 0–1: lower for hedged wording ("we aim to", "usually") or when the words are far apart. */
  confidence: z.number().min(0).max(1),
  /** The words we read it from, as written, so the UI can show "how we read it". */
  matched: z.object({
    kind: z.string().max(500).optional(),
    deadline: z.string().max(500).optional(),
  }),
});
export type PromiseReading = z.infer<typeof PromiseReading>;

/** What a corpus sentence or a test expects; clockStart is only compared when given. */
export const ExpectedReading = z.object({
  kind: PromiseKind,
  deadline: Deadline.optional(),
  clockStart: ClockStart.optional(),
});
export type ExpectedReading = z.infer<typeof ExpectedReading>;
