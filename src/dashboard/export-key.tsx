// The signing key's fingerprint, with an invitation to e-mail it to oneself now: a dated e-mail
// (or any message a third party keeps) shows the key existed before the dispute.
import { useEffect, useState } from "preact/hooks";
import { groupedFingerprint } from "../domain/dossier/fingerprint";
import { formatMoment, t } from "../ui/i18n";
import { signerFacts, type SignerFacts } from "./export-data";
import { TrustedTimeSetting } from "./export-trusted-time";

export function SigningKeyNotice() {
  const [facts, setFacts] = useState<SignerFacts | null>(null);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    signerFacts().then(setFacts, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);
  if (problem) return <p class="signing-key">{t("actionFailed", problem)}</p>;
  if (!facts) return null;
  const grouped = groupedFingerprint(facts.signer.fingerprint);
  const mail = `mailto:?subject=${encodeURIComponent(t("keyMailSubject"))}&body=${encodeURIComponent(t("keyMailBody", [grouped, new Date(facts.keyCreated).toISOString()]))}`;
  return (
    <section class="signing-key" aria-labelledby="signing-key-heading">
      <h3 id="signing-key-heading">{t("keyHeading")}</h3>
      <p>{t("keyMadeOn", formatMoment(facts.keyCreated))}</p>
      <p>
        {t("keyFingerprint")} <code data-testid="key-fingerprint">{grouped}</code>
      </p>
      <p>
        {t("keyEmailInvite")} <a href={mail}>{t("keyEmailLink")}</a>
      </p>
      <TrustedTimeSetting current={facts.tsaUrl} onSaved={(tsaUrl) => setFacts({ ...facts, tsaUrl })} />
    </section>
  );
}
