// One brand's guided run: the next step of the protocol, what it still needs, and the words to send
// (the question, or the follow-up) ready to copy. In the popup (on the brand's site, or from its campaign
// section) and on the dashboard's campaign page.
import { useState } from "preact/hooks";
import type { GuidedRun } from "../domain/campaigns/guided-run";
import { followUpMessage, runFacts, stepSentence } from "./campaign-words";
import { t } from "./i18n";
import "./guided-run.css";

function CopyText({ id, label, text }: { id: string; label: string; text: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("runCopied"));
    } catch {
      // The clipboard can be refused (no focus, a policy): the text stays selectable.
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      setStatus(t("runCopyByHand"));
    }
  };
  return (
    <div class="run-copy">
      <label for={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={text} />
      <button type="button" onClick={() => void copy()}>
        {t("runCopy")}
      </button>
      <span role="status" class="muted">
        {status}
      </span>
    </div>
  );
}

export function GuidedRunView({ run, brandName, now, idPrefix }: { run: GuidedRun; brandName: string; now: number; idPrefix: string }) {
  const urgent = run.step === "follow-up" || run.step === "send-message" || run.step === "pin-promise";
  return (
    <div class="guided-run" data-step={run.step}>
      <p class={`run-step${urgent ? " run-urgent" : ""}`}>{stepSentence(run, brandName, now)}</p>
      <dl class="run-facts">
        {runFacts(run, now).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {(run.step === "send-message" || run.step === "pin-promise") && <CopyText id={`${idPrefix}-question`} label={t("runQuestion")} text={run.protocol.question} />}
      {run.step === "follow-up" && <CopyText id={`${idPrefix}-follow-up`} label={t("runFollowUpLabel")} text={followUpMessage(run)} />}
    </div>
  );
}
