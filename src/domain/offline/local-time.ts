// The date and time a person types ("2026-03-02T14:30", as a datetime-local field gives it),
// read in their own time zone, and back. The zone is explicit so the same input means the same
// moment wherever the code runs.
import { TZDate } from "@date-fns/tz";

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The moment a local date and time names in `timeZone`, or undefined if the text is not one. */
export function localInputToEpoch(value: string, timeZone: string): number | undefined {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  // 31 February rolls over to March: refuse it rather than guess.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date.getTime();
}

const two = (n: number) => String(n).padStart(2, "0");

/** The datetime-local value (to the minute) that shows `at` in `timeZone`. */
export function epochToLocalInput(at: number, timeZone: string): string {
  const d = new TZDate(at, timeZone);
  return `${String(d.getFullYear()).padStart(4, "0")}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
