// An e-mail: the person drops (or chooses) its .eml file; what Receipts will keep of it is shown
// before saving, with who wrote it guessed from the sender and switchable in one click.
import { useState } from "preact/hooks";
import type { EmailDetails } from "../domain/evidence";
import { mailboxText } from "../domain/offline/by-hand-evidence";
import { draftEmailDirection } from "../domain/offline/entry-form";
import { formatMoment, t } from "../ui/i18n";
import { FieldError, RadioGroup, WhenField } from "./log-field";
import type { LogFormProps } from "./log-form-props";

/** Shown to the person, not kept: the evidence keeps the whole text. */
const PREVIEW_CHARACTERS = 600;

async function readFile(file: File): Promise<{ email: EmailDetails } | { problem: string }> {
  // Loaded on first use: the MIME parser is not part of the popup's first paint.
  const { readEmailMessage, MAX_EMAIL_BYTES } = await import("../domain/offline/email-message");
  // Refused before reading a huge file into memory.
  if (file.size > MAX_EMAIL_BYTES) return { problem: "too-large" };
  const reading = await readEmailMessage(new Uint8Array(await file.arrayBuffer()), file.name);
  return reading.ok ? { email: reading.email } : { problem: reading.problem };
}

function EmailPreview({ email }: { email: EmailDetails }) {
  const rows: [string, string][] = [
    [t("fact_from"), email.from ? mailboxText(email.from) : ""],
    [t("fact_to"), email.to.map(mailboxText).join(", ")],
    [t("fact_sent"), email.sentAt !== undefined ? formatMoment(email.sentAt) : (email.date ?? "")],
    [t("fact_subject"), email.subject ?? ""],
    [t("fact_message_id"), email.messageId ?? ""],
    [t("fact_attachments"), email.attachments.map((a) => t("attachmentShort", [a.fileName || t("unnamedFile"), a.mediaType, String(a.size)])).join("\n")],
  ];
  const text = email.text.length > PREVIEW_CHARACTERS ? `${email.text.slice(0, PREVIEW_CHARACTERS)}…` : email.text;
  return (
    <dl class="email-preview" aria-label={t("logEmailRead")}>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      <div>
        <dt>{t("fact_text")}</dt>
        <dd class="email-text">{text}</dd>
      </div>
    </dl>
  );
}

export function EmailForm({ draft, change, errors, brandDomains }: LogFormProps<"email"> & { brandDomains: readonly string[] }) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setProblem(undefined);
    try {
      const read = await readFile(file);
      if ("email" in read) change({ email: read.email, direction: undefined });
      else {
        setProblem(read.problem);
        change({ email: undefined });
      }
    } finally {
      setReading(false);
    }
  };

  const error = problem ? `emailProblem_${problem.replace(/-/g, "_")}` : errors.file;
  const { email } = draft;
  return (
    <>
      <div
        class={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="log-file">{t("logEmailFile")}</label>
        <input
          id="log-file"
          type="file"
          accept=".eml,message/rfc822"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={["log-file-hint", error ? "log-file-error" : ""].filter(Boolean).join(" ")}
          onChange={(e) => void take(e.currentTarget.files?.[0])}
        />
        <p id="log-file-hint" class="hint">
          {t("logDropHint")}
        </p>
        <FieldError name="file" error={error} />
        {reading && <p role="status">{t("logReadingFile")}</p>}
      </div>
      {email && (
        <>
          <EmailPreview email={email} />
          <RadioGroup
            name="email-direction"
            legend={t("logWhoWrote")}
            value={draftEmailDirection(draft, brandDomains)}
            onChange={(direction) => change({ direction })}
            options={[
              { value: "sent", label: t("logWroteMe") },
              { value: "received", label: t("logWroteBrand") },
            ]}
          />
          {draft.direction === undefined && <p class="hint">{t("logGuessedWriter")}</p>}
          {email.sentAt === undefined && <WhenField value={draft.when} onInput={(when) => change({ when })} error={errors.when} />}
        </>
      )}
    </>
  );
}
