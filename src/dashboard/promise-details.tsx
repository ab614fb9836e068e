// A promise in the case's timeline: the quote as text, the text around it, how Receipts reads it (with
// the form to correct that), what could not be kept with it, and the files that were.
import type { EventOfKind } from "../domain/evidence";
import { t, tn } from "../ui/i18n";
import { PromiseReadingPanel } from "../ui/promise-reading-panel";
import { PromiseArtifacts } from "./promise-artifacts";
import "./promise-details.css";

const key = (value: string) => value.replaceAll("-", "_");

export function PromiseDetails({ event }: { event: EventOfKind<"promise"> }) {
  const { quote, context, screenshotMissing, snapshotMissing, framesLeftOut, artifacts } = event.payload;
  const notices = [
    screenshotMissing ? t(`promiseScreenshotMissing_${key(screenshotMissing)}`) : "",
    snapshotMissing ? t(`promiseSnapshotMissing_${key(snapshotMissing)}`) : "",
    framesLeftOut ? tn("promiseFramesLeftOut", framesLeftOut) : "",
  ].filter(Boolean);
  return (
    <div class="promise-details">
      <blockquote class="promise-quote" dir="auto">
        {quote}
      </blockquote>
      {context && (
        <details>
          <summary>{t("promiseContext")}</summary>
          <p class="promise-context" dir="auto">
            {context}
          </p>
        </details>
      )}
      <PromiseReadingPanel promiseId={event.id} />
      {notices.map((notice, i) => (
        <p key={i} class="notice">
          {notice}
        </p>
      ))}
      <PromiseArtifacts promiseId={event.id} artifacts={artifacts ?? []} />
    </div>
  );
}
