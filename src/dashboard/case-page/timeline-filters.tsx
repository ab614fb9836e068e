// The timeline's filters: channel, kind, interlocutor. Each a labelled select; "all" shows everything.
import type { Channel, EventKind } from "../../domain/evidence";
import type { TimelineFilter } from "../../domain/cases/timeline";
import { kindLabel } from "../../ui/evidence-text";
import { t } from "../../ui/i18n";
import { channelName } from "./case-words";

export interface FilterChoices {
  channels: (Channel | "none")[];
  kinds: EventKind[];
  interlocutors: string[];
}

function one<T extends string>(set: ReadonlySet<T>): string {
  return set.size === 1 ? [...set][0]! : "";
}

export function TimelineFilters({ choices, filter, onChange }: { choices: FilterChoices; filter: TimelineFilter; onChange: (next: TimelineFilter) => void }) {
  const pick = <T extends string>(value: string): Set<T> => (value ? new Set([value as T]) : new Set());
  return (
    <div class="timeline-filters" role="group" aria-label={t("filtersLabel")}>
      <label>
        <span id="filter-channel-label">{t("filterChannel")}</span>
        <select aria-labelledby="filter-channel-label" value={one(filter.channels)} onChange={(e) => onChange({ ...filter, channels: pick<Channel | "none">(e.currentTarget.value) })}>
          <option value="">{t("filterAll")}</option>
          {choices.channels.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span id="filter-kind-label">{t("filterKind")}</span>
        <select aria-labelledby="filter-kind-label" value={one(filter.kinds)} onChange={(e) => onChange({ ...filter, kinds: pick<EventKind>(e.currentTarget.value) })}>
          <option value="">{t("filterAll")}</option>
          {choices.kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span id="filter-interlocutor-label">{t("filterInterlocutor")}</span>
        <select aria-labelledby="filter-interlocutor-label" value={one(filter.interlocutors)} onChange={(e) => onChange({ ...filter, interlocutors: pick<string>(e.currentTarget.value) })}>
          <option value="">{t("filterAll")}</option>
          {choices.interlocutors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
