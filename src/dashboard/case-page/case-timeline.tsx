// The case's timeline: by day, filterable by channel, kind and interlocutor, virtualised so a case of
// 10,000 events renders only what is on screen. Follows the database live.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { filterOptions, NO_FILTER, timelineEntries, timelineRows, type TimelineEntry, type TimelineFilter } from "../../domain/cases/timeline";
import type { EvidenceEvent } from "../../domain/evidence";
import { t, tn } from "../../ui/i18n";
import type { Trail } from "./case-data";
import { TimelineEvent } from "./timeline-event";
import { TimelineFilters } from "./timeline-filters";
import { VirtualList } from "./virtual-list";

interface EventRow {
  entry: TimelineEntry;
  day?: { day: string; count: number };
}

const keyOf = (row: EventRow) => row.entry.event.id;

export interface CaseTimelineProps {
  trail: Trail;
  renderDetails: (event: EvidenceEvent) => ComponentChildren;
  /** An event to bring into view (from a figure or the promise table). */
  reveal?: { key: string; nonce: number } | undefined;
}

export function CaseTimeline({ trail, renderDetails, reveal }: CaseTimelineProps) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [status, setStatus] = useState("");
  const entries = useMemo(() => timelineEntries(trail, Intl.DateTimeFormat().resolvedOptions().timeZone), [trail]);
  const choices = useMemo(() => filterOptions(entries), [entries]);
  // A revealed event must be visible: the filters step aside for it.
  useEffect(() => {
    if (reveal) setFilter(NO_FILTER);
  }, [reveal?.nonce]);
  const shownFilter = filter;
  const rows = useMemo(() => {
    const out: EventRow[] = [];
    let day: EventRow["day"];
    for (const row of timelineRows(entries, shownFilter)) {
      if (row.type === "day") day = { day: row.day, count: row.count };
      else {
        out.push(day ? { entry: row.entry, day } : { entry: row.entry });
        day = undefined;
      }
    }
    return out;
  }, [entries, shownFilter]);

  return (
    <section aria-labelledby="timeline-heading" class="case-section">
      <h3 id="timeline-heading">{t("eventsHeading", [String(trail.length)])}</h3>
      <TimelineFilters choices={choices} filter={shownFilter} onChange={setFilter} />
      <p class="muted" role="status">
        {rows.length === entries.length ? tn("timelineAllShown", rows.length) : tn("timelineSomeShown", entries.length, [String(rows.length), String(entries.length)])} {status}
      </p>
      <VirtualList
        items={rows}
        keyOf={keyOf}
        estimate={96}
        label={t("timelineLabel")}
        regionLabel={t("timelineScroll")}
        className="timeline"
        reveal={reveal}
        renderItem={(row) => <TimelineEvent entry={row.entry} day={row.day} renderDetails={renderDetails} onStatus={setStatus} />}
      />
    </section>
  );
}
