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

export interface DueClock {
  (deadline: Deadline | undefined, start: Moment): number | undefined;
  /** Time zone names the runtime does not know: their due times are left unknown rather than guessed in UTC. */
  readonly unknownTimeZones: ReadonlySet<string>;
}

const isElapsedTime = (deadline: Deadline): boolean =>
  deadline.type === "duration" && (deadline.unit === "minutes" || deadline.unit === "hours");

/** One clock per engine run: its memory lasts as long as the run. */
export function createDueClock(): DueClock {
  const memory = new Map<string, number | undefined>();
  const elapsed = new Map<string, number | undefined>();
  // A promise owed to each of 800 attempts asks with the same deadline object 800 times.
  const keys = new WeakMap<Deadline, string>();
  const unknownTimeZones = new Set<string>();
  const due = (deadline: Deadline, start: Moment): number | undefined => {
    if (unknownTimeZones.has(start.timeZone)) return undefined;
    try {
      return dueTimes({ deadline }, start)[0];
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      unknownTimeZones.add(start.timeZone);
      return undefined;
    }
  };
  const clock = (deadline: Deadline | undefined, start: Moment): number | undefined => {
    if (deadline === undefined) return undefined;
    let key = keys.get(deadline);
    if (key === undefined) {
      key = JSON.stringify(deadline);
      keys.set(deadline, key);
    }
    if (isElapsedTime(deadline)) {
      const zoneKey = `${key}\u0000${start.timeZone}`;
      if (!elapsed.has(zoneKey)) {
        const at = due(deadline, start);
        elapsed.set(zoneKey, at === undefined ? undefined : at - start.at);
      }
      const length = elapsed.get(zoneKey);
      return length === undefined ? undefined : start.at + length;
    }
    const startKey = `${key}\u0000${start.timeZone}\u0000${start.at}`;
    if (!memory.has(startKey)) memory.set(startKey, due(deadline, start));
    return memory.get(startKey);
  };
  return Object.assign(clock, { unknownTimeZones });
}
