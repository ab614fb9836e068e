// Campaigns in words, for the popup's guided runs and the dashboard's campaign pages.
import type { CampaignProblem } from "../domain/campaigns/campaign-edits";
import type { Protocol, ProtocolDuration } from "../domain/campaigns/campaign";
import type { GuidedRun } from "../domain/campaigns/guided-run";
import type { Channel } from "../domain/evidence";
import { duration, promised, when } from "../dashboard/case-page/case-words";
import { t } from "./i18n";

const key = (value: string) => value.replace(/-/g, "_");

/** "5 days", "2 working days". */
export function protocolDuration(d: ProtocolDuration): string {
  return `${d.amount} ${t(`promiseUnitOption_${key(d.unit)}`)}`;
}

/** The e-mail channel as a means: "by e-mail", "through the web form". */
export function byChannel(channel: Channel): string {
  return t(`campaignBy_${key(channel)}`);
}

/** The protocol's promise as its yardstick reads: "a reply within 48h", or its words when not read. */
export function yardstick(protocol: Protocol): string {
  return protocol.promise.reading ? promised(protocol.promise.reading) : t("campaignNoYardstick");
}

/** The step, as one sentence. */
export function stepSentence(run: GuidedRun, brandName: string, now: number): string {
  switch (run.step) {
    case "not-started":
      return t("runStep_not_started");
    case "case-deleted":
      return t("runStep_case_deleted");
    case "pin-promise":
      return t("runStep_pin_promise", brandName);
    case "send-message":
      return t("runStep_send_message", byChannel(run.protocol.channel));
    case "waiting":
      return t("runStep_waiting", run.message ? duration(now - run.message.at) : "");
    case "follow-up":
      return t("runStep_follow_up", run.message ? duration(now - run.message.at) : "");
    case "answered":
      return run.response ? t(run.response.afterWait ? "runStep_answered_after_wait" : "runStep_answered", duration(run.response.afterMs)) : "";
    case "silent":
      return t("runStep_silent", protocolDuration(run.protocol.wait));
    case "ended":
      return t("runStep_ended");
  }
}

/** A short status for tables: "Follow up now", "Answered (23h)". */
export function stepShort(run: GuidedRun): string {
  if (run.step === "answered" && run.response) return t("runShort_answered", duration(run.response.afterMs));
  return t(`runShort_${key(run.step)}`);
}

export interface RunFact {
  label: string;
  value: string;
}

/** What the run still needs, line by line. */
export function runFacts(run: GuidedRun, now: number): RunFact[] {
  const facts: RunFact[] = [];
  const promise = run.promise.pinned
    ? t(run.promise.needed ? "runPromisePinned" : "runPromiseCampaign", when(run.promise.pinned.at))
    : run.promise.needed
      ? t("runPromiseToPin")
      : t("runPromiseMissing");
  facts.push({ label: t("runPromise"), value: promise });
  const message = run.message
    ? when(run.message.at)
    : run.failedAttempt
      ? t("runMessageFailed", when(run.failedAttempt.at))
      : t("runNotYet");
  facts.push({ label: t("runMessage"), value: message });
  if (run.message) {
    facts.push({ label: t("runResponse"), value: run.response ? t("runResponseAt", [when(run.response.at), duration(run.response.afterMs)]) : t("runNoneYet") });
    if (run.protocol.followUpAfter) {
      const f = run.followUp;
      const value = f?.sent
        ? t(f.sent.early ? "runFollowUpSentEarly" : "runFollowUpSent", when(f.sent.at))
        : run.response
          ? t("runFollowUpNotNeeded")
          : f?.due !== undefined && f.due <= now
            ? t("runFollowUpDueNow", when(f.due))
            : f?.due !== undefined
              ? t("runFollowUpDue", when(f.due))
              : "—";
      facts.push({ label: t("runFollowUp"), value });
    }
    if (run.silentAt !== undefined) facts.push({ label: t("runSilentAfter"), value: t(run.silentAt <= now ? "runWaitOver" : "runWaitUntil", when(run.silentAt)) });
  }
  return facts;
}

/** The text to send again when following up. */
export function followUpMessage(run: GuidedRun): string {
  return run.message ? t("runFollowUpText", [when(run.message.at), run.protocol.question]) : run.protocol.question;
}

/** A refusal from the background (a CampaignProblem's name), in words. */
export function problemWords(message: string): string {
  const known: readonly CampaignProblem[] = ["already-started", "not-started", "ended", "no-brands", "brand-already-in", "brand-not-found", "why-needed", "protocol-unchanged", "not-found"];
  return (known as readonly string[]).includes(message) ? t(`campaignProblem_${key(message)}`) : t("actionFailed", message);
}
