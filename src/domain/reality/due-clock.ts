// Due times for many starts, through promises/deadline.ts (the one place that knows calendars and
// daylight-saving changes), without paying for it thousands of times in a long case:
// - the same deadline from the same start is computed once;
// - minutes and hours are elapsed time (deadline.ts: "minutes and hours are absolute"), so their due time
//   is the start plus what dueTimes gives for the first start seen in that time zone. Calendar units
//   depend on the day and are asked for each start.
// A test checks every due time the engine uses against dueTimes itself.
import type { Moment } from "../evidence";
import { dueTimes } from "../promises/deadline";
import type { Deadline } from "../promises/promise-reading";

export type DueClock = (deadline: Deadline | undefined, start: Moment) => number | undefined;

const isElapsedTime = (deadline: Deadline): boolean =>
  deadline.type === "duration" && (deadline.unit === "minutes" || deadline.unit === "hours");

/** One clock per engine run: its memory lasts as long as the run. */
export function createDueClock(): DueClock {
  const memory = new Map<string, number | undefined>();
  const elapsed = new Map<string, number | undefined>();
  return (deadline, start) => {
    if (deadline === undefined) return undefined;
    const key = JSON.stringify(deadline);
    if (isElapsedTime(deadline)) {
      const zoneKey = `${key}\u0000${start.timeZone}`;
      if (!elapsed.has(zoneKey)) {
        const [due] = dueTimes({ deadline }, start);
        elapsed.set(zoneKey, due === undefined ? undefined : due - start.at);
      }
      const length = elapsed.get(zoneKey);
      return length === undefined ? undefined : start.at + length;
    }
    const startKey = `${key}\u0000${start.timeZone}\u0000${start.at}`;
    if (!memory.has(startKey)) memory.set(startKey, dueTimes({ deadline }, start)[0]);
    return memory.get(startKey);
  };
}
