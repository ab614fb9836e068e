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

/** Memory for one deadline (all equal deadlines share it), per time zone. */
interface Remembered {
  /** Elapsed-time deadlines: due minus start. */
  length: Map<string, number | undefined>;
  /** Calendar deadlines: due time by start. */
  byStart: Map<string, Map<number, number | undefined>>;
}

/** One clock per engine run: its memory lasts as long as the run. */
export function createDueClock(): DueClock {
  const byContent = new Map<string, Remembered>();
  // A promise owed to each of 800 attempts asks with the same deadline object 800 times.
  const byObject = new WeakMap<Deadline, Remembered>();
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
  const memoryOf = (deadline: Deadline): Remembered => {
    let memory = byObject.get(deadline);
    if (memory === undefined) {
      const key = JSON.stringify(deadline);
      memory = byContent.get(key) ?? { length: new Map(), byStart: new Map() };
      byContent.set(key, memory);
      byObject.set(deadline, memory);
    }
    return memory;
  };
  const clock = (deadline: Deadline | undefined, start: Moment): number | undefined => {
    if (deadline === undefined) return undefined;
    const memory = memoryOf(deadline);
    if (isElapsedTime(deadline)) {
      if (!memory.length.has(start.timeZone)) {
        const at = due(deadline, start);
        memory.length.set(start.timeZone, at === undefined ? undefined : at - start.at);
      }
      const length = memory.length.get(start.timeZone);
      return length === undefined ? undefined : start.at + length;
    }
    let starts = memory.byStart.get(start.timeZone);
    if (starts === undefined) {
      starts = new Map();
      memory.byStart.set(start.timeZone, starts);
    }
    if (!starts.has(start.at)) starts.set(start.at, due(deadline, start));
    return starts.get(start.at);
  };
  return Object.assign(clock, { unknownTimeZones });
}
