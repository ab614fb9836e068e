// When a promise falls due, for one clock start (the contact attempt, the order, the statement…).
// - minutes and hours are absolute: "within 48 hours" is 48 × 3600 s, whatever the clocks do;
// - calendar days and weeks keep the local time of day in the person's time zone, so "within 14 days" from
//   10:00 is 10:00 fourteen days later even across a daylight-saving change;
// - business days skip Saturdays and Sundays (date-fns addBusinessDays; a Saturday start counts like the
//   Friday before it: Saturday + 1 business day is Monday). Public holidays are out of scope: the due time
//   can come a day early around them, which the UI should say;
// - before-time is that wall-clock time, dayOffset days after the start; a time that does not exist that day
//   (skipped by a spring-forward change) moves forward with the clocks;
// - a fixed date is due at 23:59 local time that day (the same end-of-day choice as "by end of day");
// - "always" and unread deadlines have no due time: an availability claim is checked against contacts, not waited for.
import { TZDate } from "@date-fns/tz";
import { addBusinessDays, addDays, addWeeks } from "date-fns";
import type { Moment } from "../evidence";
import { isKnownZone } from "../date-formats";
import type { PromiseReading } from "./promise-reading";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A RangeError for names the runtime does not know, instead of silently computing in UTC (checked once per zone). */
function assertTimeZone(timeZone: string): void {
  if (!isKnownZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

function localTime(at: number, timeZone: string, dayOffset: number, hour: number, minute: number): number {
  const day = addDays(new TZDate(at, timeZone), dayOffset);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute, 0, 0, timeZone).getTime();
}

/**
 * The instants (epoch ms) by which the promise must be kept, counted from `start`.
 * Empty when there is nothing to wait for; one instant otherwise.
 */
export function dueTimes(reading: Pick<PromiseReading, "deadline">, start: Moment): number[] {
  const deadline = reading.deadline;
  if (deadline === undefined || deadline.type === "always") return [];
  assertTimeZone(start.timeZone);
  const { at, timeZone } = start;
  switch (deadline.type) {
    case "duration": {
      const local = new TZDate(at, timeZone);
      switch (deadline.unit) {
        case "minutes":
          return [at + deadline.amount * MINUTE];
        case "hours":
          return [at + deadline.amount * HOUR];
        case "calendar-days":
          return [addDays(local, deadline.amount).getTime()];
        case "weeks":
          return [addWeeks(local, deadline.amount).getTime()];
        case "business-days":
          return [addBusinessDays(local, deadline.amount).getTime()];
      }
      break;
    }
    case "before-time":
      return [localTime(at, timeZone, deadline.dayOffset, deadline.hour, deadline.minute)];
    case "fixed-date": {
      const [year, month, day] = deadline.date.split("-").map(Number) as [number, number, number];
      return [new TZDate(year, month - 1, day, 23, 59, 0, 0, timeZone).getTime()];
    }
  }
  return [];
}
