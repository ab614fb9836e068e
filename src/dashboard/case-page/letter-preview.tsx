// The letter as it will print, drawn from its model with text nodes only (never as HTML): the same
// blocks as the downloaded file (src/export/letter-html.ts), blanks highlighted.
import { blankText, type LetterModel, type Paragraph } from "../../domain/letters/letter-model";
import { t } from "../../ui/i18n";

function Text({ paragraph, toFill }: { paragraph: Paragraph; toFill: string }) {
  return (
    <>
      {paragraph.map((segment, i) =>
        typeof segment === "string" ? (
          segment
        ) : (
          <mark key={i} class="to-fill">
            {blankText(segment.label, toFill)}
          </mark>
        ),
      )}
    </>
  );
}

function Lines({ lines, toFill }: { lines: readonly Paragraph[]; toFill: string }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} class="line">
          <Text paragraph={line} toFill={toFill} />
        </span>
      ))}
    </>
  );
}

export function LetterPreview({ letter }: { letter: LetterModel }) {
  const { words } = letter;
  const p = (paragraph: Paragraph, key: string | number, cls?: string) => (
    <p key={key} class={cls}>
      <Text paragraph={paragraph} toFill={words.toFill} />
    </p>
  );
  return (
    <article class="letter-preview" lang={letter.lang} aria-label={t("letterPreview")}>
      <div class="parties">
        <address class="sender">
          <Lines lines={letter.sender} toFill={words.toFill} />
        </address>
        <address class="recipient">
          <Lines lines={letter.recipient} toFill={words.toFill} />
        </address>
      </div>
      <p class="date">{letter.dateLine}</p>
      {letter.sending && <p class="sending">{letter.sending}</p>}
      <p class="subject">
        {words.subject} <Text paragraph={letter.subject} toFill={words.toFill} />
      </p>
      {letter.references.map((r, i) => p(r, `ref-${i}`, "reference"))}
      <p>{letter.salutation}</p>
      {letter.opening.map((o, i) => p(o, `open-${i}`))}
      {letter.facts.length > 0 && (
        <section class="facts" aria-label={words.factsHeading}>
          <h4>{words.factsHeading}</h4>
          <p class="lead">{words.factsLead}</p>
          <ol>
            {letter.facts.map((fact, i) => (
              <li key={i}>
                {fact.text} <span class="events">({words.factEvents.replace("$1", fact.from.join(", "))})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {letter.claim.map((c, i) => p(c, `claim-${i}`))}
      <p class="closing">{letter.closing}</p>
      {p(letter.signature, "signature", "signature")}
      <section class="annex" aria-label={words.annexHeading}>
        <h4>{words.annexHeading}</h4>
        {letter.annex.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </section>
    </article>
  );
}
