// README.txt of a campaign bundle: what each file is, and how to check everything with or without
// Receipts, in the bundle's language.
import type { Campaign } from "../domain/campaigns/campaign";
import type { CampaignLanguage } from "../domain/campaigns/methodology-words";
import { groupedFingerprint } from "../domain/dossier/fingerprint";
import { opensslChecks } from "./readme-text";

export function campaignReadmeText(campaign: Campaign, fingerprint: string, folders: readonly string[], lang: CampaignLanguage): string {
  const key = groupedFingerprint(fingerprint);
  const list = folders.map((f) => `  ${f}/`).join("\n");
  if (lang === "fr") {
    return `Campagne Receipts : ${campaign.name}

report.html       le rapport à publier : résumé, comparaison, graphique, méthodologie, preuves de chaque chiffre
comparison.csv    la comparaison pour un tableur (une ligne par marque ; colonnes décrites dans la documentation de Receipts, docs/campaign-exports.md)
methodology.txt   la méthodologie en texte brut
campaign.json     la campagne (protocole et ses versions, marques) et la comparaison, pour des programmes
cases/<marque>/   le dossier de chaque marque : dossier.html, case.json (événements scellés en chaîne SHA-256), timeline.csv, artifacts/
case.schema.json  le schéma JSON de chaque case.json
signer.pem        la clé publique de signature
manifest.json     le SHA-256 de chaque fichier, la tête de chaîne de chaque dossier et la clé publique
manifest.sig      la signature ECDSA P-256 (SHA-256, encodage DER) de manifest.json
manifest.tsr      (s'il est là) l'horodatage RFC 3161 de manifest.sig
verify.html       un vérificateur hors ligne : ouvrez-le dans un navigateur et déposez-y ce fichier ZIP

Dossiers des marques :
${list}

Empreinte de la clé : ${key}
Comparez-la avec celle que la personne a envoyée ou publiée avant la publication.

${opensslChecks("fr")}Chaque cases/<marque>/case.json se vérifie comme un dossier seul : sa chaîne doit finir à la tête que manifest.json indique pour ce dossier.
`;
  }
  return `Receipts campaign: ${campaign.name}

report.html       the report to publish: summary, comparison, chart, methodology, the evidence behind each figure
comparison.csv    the comparison for spreadsheets (one row per brand; columns described in Receipts' documentation, docs/campaign-exports.md)
methodology.txt   the methodology as plain text
campaign.json     the campaign (protocol and its versions, brands) and the comparison, for programs
cases/<brand>/    each brand's dossier: dossier.html, case.json (events sealed into a SHA-256 chain), timeline.csv, artifacts/
case.schema.json  the JSON Schema of every case.json
signer.pem        the public signing key
manifest.json     the SHA-256 of every file, each case's chain head and the public key
manifest.sig      the ECDSA P-256 signature (SHA-256, DER encoding) of manifest.json
manifest.tsr      (if present) an RFC 3161 time stamp of manifest.sig
verify.html       an offline verifier: open it in a browser and drop this ZIP file on it

The brands' dossiers:
${list}

Key fingerprint: ${key}
Compare it with the one the person sent or published before publication.

${opensslChecks("en")}Each cases/<brand>/case.json checks like a single dossier: its chain must end at the head manifest.json records for that case.
`;
}
