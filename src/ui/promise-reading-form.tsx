// Correct how Receipts read a promise, in one step: what was promised, the deadline (an amount and a
// unit, none, or as read), and what it counts from. Saving appends a promise-reading event.
import { useState } from "preact/hooks";
import { ClockStart, DurationUnit, PromiseKind, type Deadline } from "../domain/promises/promise-reading";
import { randomUuid } from "../domain/random-id";
import { ask } from "./background-client";
import { t } from "./i18n";
import { deadlineWords, type ShownReading } from "./promise-words";

type DeadlineChoice = "none" | "as-read" | "duration";

const key = (value: string) => value.replaceAll("-", "_");

export function PromiseReadingForm({ promiseId, current }: { promiseId: string; current: ShownReading | undefined }) {
  const read = current?.deadline;
  const [kind, setKind] = useState<string>(current?.kind ?? "other");
  const [choice, setChoice] = useState<DeadlineChoice>(read === undefined ? "none" : read.type === "duration" ? "duration" : "as-read");
  const [amount, setAmount] = useState(read?.type === "duration" ? String(read.amount) : "");
  const [unit, setUnit] = useState<string>(read?.type === "duration" ? read.unit : "hours");
  const [clockStart, setClockStart] = useState<string>(current?.clockStart ?? "each-contact");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `promise-${promiseId}-${name}`;

  const save = async (submit: Event) => {
    submit.preventDefault();
    let deadline: Deadline | undefined;
    if (choice === "as-read") deadline = read;
    if (choice === "duration") {
      const value = Number(amount);
      if (!Number.isInteger(value) || value < 1 || value > 10_000) {
        setStatus(t("promiseAmountInvalid"));
        return;
      }
      deadline = { type: "duration", amount: value, unit: DurationUnit.parse(unit) };
    }
    setBusy(true);
    try {
      const reading = { kind: PromiseKind.parse(kind), clockStart: ClockStart.parse(clockStart), ...(deadline ? { deadline } : {}) };
      const reply = await ask({ type: "promise.correct", promiseId, reading, correctionKey: randomUuid() });
      setStatus(reply.ok ? t("promiseCorrectionSaved") : t("actionFailed", reply.error.message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="promise-correct">
      <summary>{t("promiseCorrect")}</summary>
      <form onSubmit={save}>
        <label for={id("kind")}>{t("promiseFieldKind")}</label>
        <select id={id("kind")} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          {PromiseKind.options.map((option) => (
            <option key={option} value={option}>
              {t(`promiseKind_${key(option)}`)}
            </option>
          ))}
        </select>
        <label for={id("deadline")}>{t("promiseFieldDeadline")}</label>
        <select id={id("deadline")} value={choice} onChange={(e) => setChoice(e.currentTarget.value as DeadlineChoice)}>
          <option value="none">{t("promiseDeadlineNone")}</option>
          {read && read.type !== "duration" && <option value="as-read">{t("promiseDeadlineAsRead", deadlineWords(read))}</option>}
          <option value="duration">{t("promiseDeadlineWithin")}</option>
        </select>
        {choice === "duration" && (
          <>
            <label for={id("amount")}>{t("promiseFieldAmount")}</label>
            <input id={id("amount")} type="number" inputMode="numeric" min={1} max={10_000} step={1} required value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
            <label for={id("unit")}>{t("promiseFieldUnit")}</label>
            <select id={id("unit")} value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
              {DurationUnit.options.map((option) => (
                <option key={option} value={option}>
                  {t(`promiseUnitOption_${key(option)}`)}
                </option>
              ))}
            </select>
          </>
        )}
        <label for={id("clock")}>{t("promiseFieldClock")}</label>
        <select id={id("clock")} value={clockStart} onChange={(e) => setClockStart(e.currentTarget.value)}>
          {ClockStart.options.map((option) => (
            <option key={option} value={option}>
              {t(`promiseClockOption_${key(option)}`)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {t("promiseSaveCorrection")}
        </button>
        <p role="status" aria-live="polite">
          {status}
        </p>
      </form>
    </details>
  );
}
