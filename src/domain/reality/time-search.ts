// Binary search over events in time order: a long case has thousands of them.
import type { TimelineEntry } from "./case-timeline";

/** Index of the first entry at or after `at`; `entries.length` when none is. */
export function firstAtOrAfter(entries: readonly TimelineEntry[], at: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid] as TimelineEntry).at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
