// The verifier's report in plain words, English and French, for verify.html and the CLI.
// Plain text only: the page puts it in the DOM with textContent, so names taken from a bundle
// (file paths, titles) can never become markup.
import { groupedFingerprint } from "../../domain/dossier/fingerprint";
import type { EventRef, Finding as ChainFinding } from "../../domain/integrity/chain-findings";
import type { BundleFinding, BundleReport, Verdict } from "./bundle-findings";
import type { ZipRefusal } from "./zip-reader";
import type { RevealReport } from "./reveal-check";

export type ReportLanguage = "en" | "fr";

const VERDICTS: Record<Verdict, [string, string]> = {
  intact: [
    "INTACT: the signature is valid, every file matches the manifest, and the chain of events is complete and in order.",
    "INTACT : la signature est valide, chaque fichier correspond au manifeste, et la chaîne des événements est complète et dans l'ordre.",
  ],
  "unknown-signer": [
    "UNKNOWN SIGNER: the bundle is consistent, but it was signed by another key than the one you expected.",
    "SIGNATAIRE INCONNU : le dossier est cohérent, mais il a été signé par une autre clé que celle que vous attendiez.",
  ],
  altered: [
    "ALTERED: this bundle is not as it was signed. What differs is listed below.",
    "MODIFIÉ : ce dossier n'est plus tel qu'il a été signé. Les différences sont listées ci-dessous.",
  ],
  refused: [
    "REFUSED: this file could not be read safely as a Receipts bundle, so nothing in it was checked.",
    "REFUSÉ : ce fichier ne peut pas être lu sans risque comme un dossier Receipts ; rien n'y a été vérifié.",
  ],
};

const pick = (lang: ReportLanguage, pair: readonly [string, string]) => (lang === "fr" ? pair[1] : pair[0]);

export function verdictText(verdict: Verdict, lang: ReportLanguage): string {
  return pick(lang, VERDICTS[verdict]);
}

/** The verdict, and when the sender hid values, how many: "INTACT: … 3 values hidden by the sender." */
/** A campaign bundle holds one chain per brand's case: its INTACT verdict says so. */
const CAMPAIGN_INTACT: [string, string] = [
  "INTACT: the signature is valid, every file matches the manifest, and each case's chain of events is complete and in order.",
  "INTACT : la signature est valide, chaque fichier correspond au manifeste, et la chaîne des événements de chaque dossier est complète et dans l'ordre.",
];

export function verdictLine(report: Pick<BundleReport, "verdict" | "hidden" | "campaign">, lang: ReportLanguage): string {
  const base = report.verdict === "intact" && report.campaign ? pick(lang, CAMPAIGN_INTACT) : verdictText(report.verdict, lang);
  if (!report.hidden?.values || report.verdict === "refused") return base;
  return `${base} ${lang === "fr" ? `${report.hidden.values} valeurs masquées par l'expéditeur.` : `${report.hidden.values} values hidden by the sender.`}`;
}

const eventName = (ref: EventRef, lang: ReportLanguage) => (lang === "fr" ? `l'événement n° ${ref.index + 1} (${ref.eventId})` : `event #${ref.index + 1} (${ref.eventId})`);

function refusalText(r: ZipRefusal, lang: ReportLanguage): string {
  const en = lang === "en";
  switch (r.reason) {
    case "not-a-zip":
      return en ? "This is not a ZIP file." : "Ce n'est pas un fichier ZIP.";
    case "truncated":
      return en ? "The ZIP file is truncated: its end is missing (an interrupted download or copy?)." : "Le fichier ZIP est tronqué : sa fin manque (téléchargement ou copie interrompus ?).";
    case "unsupported":
      return en ? `Not supported: ${r.detail}${r.path ? ` (${r.path})` : ""}.` : `Non pris en charge : ${r.detail}${r.path ? ` (${r.path})` : ""}.`;
    case "unsafe-path":
      return en ? `A file name leads outside the bundle's folder: "${r.path}". Refused (such a file could overwrite others when unzipped).` : `Un nom de fichier sort du dossier : « ${r.path} ». Refusé (un tel fichier pourrait en écraser d'autres à la décompression).`;
    case "duplicate-entry":
      return en ? `The file "${r.path}" appears twice in the ZIP.` : `Le fichier « ${r.path} » figure deux fois dans le ZIP.`;
    case "too-many-entries":
      return en ? `The ZIP holds ${r.count} entries, more than the ${r.limit} accepted.` : `Le ZIP contient ${r.count} entrées, plus que les ${r.limit} acceptées.`;
    case "file-too-large":
      return en ? `"${r.path}" would unpack to ${r.size} bytes, more than the ${r.limit} accepted for one file (a ZIP bomb?).` : `« ${r.path} » ferait ${r.size} octets une fois décompressé, plus que les ${r.limit} acceptés par fichier (une bombe ZIP ?).`;
    case "total-too-large":
      return en ? `The files would unpack to more than ${r.limit} bytes in all (a ZIP bomb?).` : `Les fichiers feraient plus de ${r.limit} octets une fois décompressés (une bombe ZIP ?).`;
    case "ratio-too-high":
      return en
        ? `"${r.path}" claims to unpack ${r.compressed} bytes into ${r.size}, more than ${r.limit} times its size (a ZIP bomb?). Refused before unpacking.`
        : `« ${r.path} » prétend passer de ${r.compressed} à ${r.size} octets une fois décompressé, plus de ${r.limit} fois sa taille (une bombe ZIP ?). Refusé avant décompression.`;
    case "size-mismatch":
      return en ? `"${r.path}" does not unpack to the ${r.declared} bytes it declares; stopped (a ZIP bomb, or a damaged file).` : `« ${r.path} » ne se décompresse pas en ${r.declared} octets comme annoncé ; arrêté (bombe ZIP ou fichier abîmé).`;
    case "inconsistent-entry":
      return en ? `The ZIP's two records of "${r.path}" disagree, so different tools would unpack different files.` : `Les deux enregistrements de « ${r.path} » dans le ZIP divergent : des outils différents décompresseraient des fichiers différents.`;
    case "corrupt-entry":
      return en ? `"${r.path}" is damaged inside the ZIP.` : `« ${r.path} » est abîmé dans le ZIP.`;
  }
}

function chainText(f: ChainFinding, lang: ReportLanguage): string {
  const en = lang === "en";
  switch (f.kind) {
    case "changed":
      return en ? `Changed: the content of ${eventName(f.event, lang)} is not what was sealed.` : `Modifié : le contenu de ${eventName(f.event, lang)} n'est plus celui qui a été scellé.`;
    case "unsealed":
      return en ? `${eventName(f.event, lang)} was never sealed into the chain.` : `${eventName(f.event, lang)} n'a jamais été scellé dans la chaîne.`;
    case "duplicated":
      return en ? `Duplicated: ${eventName(f.event, lang)} appears again as ${f.copies.map((c) => eventName(c, lang)).join(", ")}.` : `Dupliqué : ${eventName(f.event, lang)} figure de nouveau comme ${f.copies.map((c) => eventName(c, lang)).join(", ")}.`;
    case "forked":
      return en ? `Forked: ${f.successors.map((s) => eventName(s, lang)).join(" and ")} each claim to follow the same event.` : `Bifurcation : ${f.successors.map((s) => eventName(s, lang)).join(" et ")} prétendent suivre le même événement.`;
    case "removed":
      return en
        ? `Removed: at least one event is missing before ${eventName(f.before, lang)}${f.after ? `, after ${eventName(f.after, lang)}` : ""}.`
        : `Supprimé : au moins un événement manque avant ${eventName(f.before, lang)}${f.after ? `, après ${eventName(f.after, lang)}` : ""}.`;
    case "inserted":
      return en ? `Inserted: ${eventName(f.event, lang)} is not part of the sealed chain.` : `Inséré : ${eventName(f.event, lang)} ne fait pas partie de la chaîne scellée.`;
    case "reordered":
      return en
        ? `Reordered: ${f.misplaced.map((m) => `${eventName(m.event, lang)} belongs ${m.belongsAfter ? `after ${eventName(m.belongsAfter, lang)}` : "first"}`).join("; ")}.`
        : `Réordonné : ${f.misplaced.map((m) => `${eventName(m.event, lang)} se place ${m.belongsAfter ? `après ${eventName(m.belongsAfter, lang)}` : "en premier"}`).join(" ; ")}.`;
    case "head-mismatch":
      return en
        ? `The chain does not end where the signed manifest says: ${f.actual.count} events ending in ${f.actual.hash ?? "nothing"}, the manifest says ${f.expected.count} ending in ${f.expected.hash ?? "nothing"} (events cut off the end, or added after signing).`
        : `La chaîne ne se termine pas là où le manifeste signé l'indique : ${f.actual.count} événements finissant par ${f.actual.hash ?? "rien"}, le manifeste annonce ${f.expected.count} finissant par ${f.expected.hash ?? "rien"} (événements retirés à la fin, ou ajoutés après la signature).`;
  }
}

export function findingText(f: BundleFinding, lang: ReportLanguage): string {
  const en = lang === "en";
  const issues = (list: { path: string; message: string }[]) => list.map((i) => `${i.path}: ${i.message}`).join("; ");
  switch (f.kind) {
    case "refused":
      return refusalText(f.refusal, lang);
    case "manifest-missing":
      return en ? "manifest.json is missing: nothing can be checked." : "manifest.json manque : rien ne peut être vérifié.";
    case "manifest-invalid":
      return en ? `manifest.json is not a valid manifest: ${issues(f.issues)}.` : `manifest.json n'est pas un manifeste valide : ${issues(f.issues)}.`;
    case "signature-missing":
      return en ? "manifest.sig is missing: the bundle is not signed." : "manifest.sig manque : le dossier n'est pas signé.";
    case "signature-invalid":
      return en ? "The signature does not match manifest.json: the manifest was edited after signing, or signed with another key." : "La signature ne correspond pas à manifest.json : le manifeste a été modifié après la signature, ou signé avec une autre clé.";
    case "key-unreadable":
      return en ? "The public key in the manifest cannot be read." : "La clé publique du manifeste est illisible.";
    case "fingerprint-mismatch":
      return en ? `The manifest states fingerprint ${groupedFingerprint(f.stated)}, but its key's fingerprint is ${groupedFingerprint(f.computed)}.` : `Le manifeste annonce l'empreinte ${groupedFingerprint(f.stated)}, mais celle de sa clé est ${groupedFingerprint(f.computed)}.`;
    case "unknown-signer":
      return en ? `Signed by key ${groupedFingerprint(f.fingerprint)}, not by the expected key ${groupedFingerprint(f.expected)}.` : `Signé par la clé ${groupedFingerprint(f.fingerprint)}, et non par la clé attendue ${groupedFingerprint(f.expected)}.`;
    case "file-changed":
      return en ? `Changed: "${f.path}" is not the file that was signed (SHA-256 ${f.actual}, expected ${f.expected}).` : `Modifié : « ${f.path} » n'est pas le fichier signé (SHA-256 ${f.actual}, attendu ${f.expected}).`;
    case "file-missing":
      return en ? `Removed: "${f.path}" is listed in the manifest but missing from the bundle.` : `Supprimé : « ${f.path} » figure au manifeste mais manque dans le dossier.`;
    case "file-unlisted":
      return en ? `Added: "${f.path}" is in the bundle but not in the signed manifest.` : `Ajouté : « ${f.path} » est dans le dossier mais pas dans le manifeste signé.`;
    case "case-missing":
      if (f.path) return en ? `${f.path} is missing.` : `${f.path} manque.`;
      return en ? "case.json is missing." : "case.json manque.";
    case "case-invalid":
      return en ? `${f.path ?? "case.json"} does not fit its schema: ${issues(f.issues)}.` : `${f.path ?? "case.json"} ne respecte pas son schéma : ${issues(f.issues)}.`;
    case "case-mismatch":
      return f.what === "case-id"
        ? en ? `${f.path ?? "case.json"} is about another case than the manifest.` : `${f.path ?? "case.json"} concerne un autre dossier que le manifeste.`
        : en ? `${f.path ?? "case.json"} names another signing key than the manifest.` : `${f.path ?? "case.json"} indique une autre clé de signature que le manifeste.`;
    case "artifact-name-mismatch":
      return en ? `"${f.path}" is named after a SHA-256 that is not its own (${f.actual}).` : `« ${f.path} » porte le nom d'un SHA-256 qui n'est pas le sien (${f.actual}).`;
    case "chain":
      if (f.path) return en ? `In ${f.path}: ${chainText(f.finding, lang)}` : `Dans ${f.path} : ${chainText(f.finding, lang)}`;
      return chainText(f.finding, lang);
    case "timestamp-invalid":
      return en ? `manifest.tsr (trusted time) does not vouch for this signature: ${f.problem} (${f.detail}).` : `manifest.tsr (horodatage) ne garantit pas cette signature : ${f.problem} (${f.detail}).`;
  }
}

/** What the sender hid, said plainly: how many values, and what is still checked. */
export function hiddenLines(hidden: NonNullable<BundleReport["hidden"]>, lang: ReportLanguage): string[] {
  const en = lang === "en";
  const lines = [
    en
      ? `${hidden.values} values hidden by the sender, in ${hidden.events} events: each is replaced by a salted commitment, so it cannot be guessed; the sender can reveal one to you, and this verifier checks it (--reveal).`
      : `${hidden.values} valeurs masquées par l'expéditeur, dans ${hidden.events} événements : chacune est remplacée par un engagement salé, on ne peut donc pas la deviner ; l'expéditeur peut vous en révéler une, que ce vérificateur contrôle (--reveal).`,
  ];
  const chained = hidden.events - hidden.vouched.length;
  if (chained > 0) {
    lines.push(en ? `The chain is still checked through the ${chained} events with hidden values sealed in format 2: their hashes are recomputed from what they show and the commitments of what they hide.` : `La chaîne reste vérifiée à travers les ${chained} événements masqués scellés au format 2 : leurs empreintes sont recalculées à partir de ce qu'ils montrent et des engagements de ce qu'ils masquent.`);
  }
  if (hidden.vouched.length > 0) {
    const names = hidden.vouched.slice(0, 20).map((r) => eventName(r, lang)).join(", ") + (hidden.vouched.length > 20 ? "…" : "");
    lines.push(
      en
        ? `${hidden.vouched.length} events with hidden values were sealed in the earlier format 1 (${names}): their hashes cannot be recomputed, so what they show is vouched for by the signature only, not by the chain. Their place in the chain is still checked.`
        : `${hidden.vouched.length} événements masqués ont été scellés à l'ancien format 1 (${names}) : leurs empreintes ne peuvent pas être recalculées, ce qu'ils montrent n'est garanti que par la signature, pas par la chaîne. Leur place dans la chaîne reste vérifiée.`,
    );
  }
  return lines;
}

/** The whole report as lines of text: verdict first, then what was checked, then each finding. */
export function reportLines(report: BundleReport, lang: ReportLanguage): string[] {
  const en = lang === "en";
  const lines = [verdictLine(report, lang)];
  if (report.campaign) {
    const c = report.campaign;
    lines.push(en ? `Campaign: ${c.name} (${c.cases.length} cases)` : `Campagne : ${c.name} (${c.cases.length} dossiers)`);
    if (c.deletedCases.length) lines.push(en ? `Cases deleted before the export, not in the bundle: ${c.deletedCases.join(", ")}` : `Dossiers supprimés avant l'export, absents de l'envoi : ${c.deletedCases.join(", ")}`);
  }
  if (report.case) lines.push(en ? `Case: ${report.case.title} (${report.case.brand})` : `Dossier : ${report.case.title} (${report.case.brand})`);
  if (report.created) lines.push(en ? `Bundle made: ${new Date(report.created.at).toISOString()} (device clock, ${report.created.timeZone})` : `Dossier créé : ${new Date(report.created.at).toISOString()} (horloge de l'appareil, ${report.created.timeZone})`);
  if (report.signer) {
    lines.push(en ? `Signing key fingerprint: ${groupedFingerprint(report.signer.fingerprint)}` : `Empreinte de la clé de signature : ${groupedFingerprint(report.signer.fingerprint)}`);
    if (report.signer.expected === null) {
      lines.push(en ? "Compare it with the fingerprint the person sent or published before the dispute: only that shows whose key this is." : "Comparez-la avec l'empreinte que la personne a envoyée ou publiée avant le litige : elle seule montre à qui est cette clé.");
    }
  }
  if (report.trustedTime) {
    const tt = report.trustedTime;
    lines.push(
      en
        ? `Trusted time: ${tt.authority} certifies the signature existed at ${new Date(tt.at).toISOString()} (its certificate's SHA-256: ${tt.certificateSha256}). Check that this is an authority you trust.`
        : `Horodatage : ${tt.authority} certifie que la signature existait le ${new Date(tt.at).toISOString()} (SHA-256 de son certificat : ${tt.certificateSha256}). Vérifiez que c'est une autorité de confiance.`,
    );
  }
  if (report.hidden) lines.push(...hiddenLines(report.hidden, lang));
  if (report.chain) lines.push(en ? `Checked: ${report.filesChecked} files, ${report.eventsChecked} events (the manifest records ${report.chain.count}).` : `Vérifié : ${report.filesChecked} fichiers, ${report.eventsChecked} événements (le manifeste en annonce ${report.chain.count}).`);
  if (report.campaign) {
    const recorded = report.campaign.cases.reduce((n, c) => n + c.chain.count, 0);
    lines.push(en ? `Checked: ${report.filesChecked} files, ${report.eventsChecked} events in ${report.campaign.cases.length} chains (the manifest records ${recorded}).` : `Vérifié : ${report.filesChecked} fichiers, ${report.eventsChecked} événements dans ${report.campaign.cases.length} chaînes (le manifeste en annonce ${recorded}).`);
  }
  for (const f of report.findings) lines.push(`- ${findingText(f, lang)}`);
  return lines;
}

/** A reveal file's check in plain words, one line per value. */
export function revealLines(report: RevealReport, lang: ReportLanguage): string[] {
  const en = lang === "en";
  if (!report.ok) {
    const why = {
      "reveal-file-invalid": en ? "The reveal file is not a Receipts reveal file" : "Le fichier de révélation n'est pas un fichier Receipts valide",
      "bundle-unreadable": en ? "The bundle's case.json cannot be read" : "Le case.json du dossier est illisible",
      "other-case": en ? "The reveal file is about another case" : "Le fichier de révélation concerne un autre dossier",
    }[report.problem];
    return [`${why}: ${report.detail}.`];
  }
  return report.results.map((r) => {
    const where = r.eventIndex >= 0 ? eventName({ index: r.eventIndex, eventId: r.entry.eventId }, lang) : r.entry.eventId;
    const value = JSON.stringify(r.entry.value);
    if (r.outcome.ok) return en ? `Revealed: ${r.entry.path} of ${where} is ${value}: it matches the commitment in the bundle.` : `Révélé : ${r.entry.path} de ${where} est ${value} : cela correspond à l'engagement du dossier.`;
    const reason = {
      "no-such-event": en ? "the bundle has no such event" : "le dossier n'a pas cet événement",
      "not-hidden": en ? "nothing is hidden there" : "rien n'est masqué à cet endroit",
      mismatch: en ? "it does NOT match the commitment in the bundle" : "cela ne correspond PAS à l'engagement du dossier",
    }[r.outcome.reason];
    return en ? `NOT revealed: ${r.entry.path} of ${where} as ${value}: ${reason}.` : `NON révélé : ${r.entry.path} de ${where} comme ${value} : ${reason}.`;
  });
}
