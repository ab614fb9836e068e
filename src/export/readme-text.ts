// README.txt of a bundle: what each file is and how to check it with or without Receipts.
import type { CaseFile } from "../domain/dossier/case-file";
import { groupedFingerprint } from "../domain/dossier/fingerprint";
import type { DossierLanguage } from "./dossier-text";

/**
 * How to check a bundle without Receipts: the signature, each file's hash, the key's fingerprint. The
 * same for a case's dossier and a campaign's bundle (campaign-readme.ts), which add their own lines.
 */
export function opensslChecks(lang: DossierLanguage): string {
  return lang === "fr"
    ? `Sans Receipts, avec OpenSSL :
  openssl dgst -sha256 -verify signer.pem -signature manifest.sig manifest.json
  sha256sum <fichier>   (à comparer avec manifest.json)
  openssl pkey -pubin -in signer.pem -outform DER | sha256sum   (l'empreinte ci-dessus)
`
    : `Without Receipts, with OpenSSL:
  openssl dgst -sha256 -verify signer.pem -signature manifest.sig manifest.json
  sha256sum <file>   (compare with manifest.json)
  openssl pkey -pubin -in signer.pem -outform DER | sha256sum   (the fingerprint above)
`;
}

export function readmeText(caseFile: Pick<CaseFile, "case" | "signer">, lang: DossierLanguage, hiddenValues = 0): string {
  const fingerprint = caseFile.signer ? groupedFingerprint(caseFile.signer.fingerprint) : "";
  const hidden =
    hiddenValues === 0
      ? ""
      : lang === "fr"
        ? `redactions.json  les ${hiddenValues} valeurs que la personne a masquées : où, et de quel type (jamais la valeur)\n`
        : `redactions.json  the ${hiddenValues} values the person hid: where, and of what kind (never the value)\n`;
  if (lang === "fr") {
    return `Dossier Receipts : ${caseFile.case.brand.name} — ${caseFile.case.title}

dossier.html   le dossier à lire ou imprimer (Enregistrer en PDF)
case.json      les données : le dossier et chaque événement, scellés en chaîne SHA-256 (schéma : case.schema.json)
case.schema.json  le schéma JSON de case.json
timeline.csv   la chronologie pour un tableur
artifacts/     captures d'écran et instantanés, nommés par leur SHA-256
signer.pem     la clé publique de signature
manifest.json  le SHA-256 de chaque fichier, la tête de la chaîne et la clé publique
manifest.sig   la signature ECDSA P-256 (SHA-256, encodage DER) de manifest.json
manifest.tsr   (s'il est là) l'horodatage RFC 3161 de manifest.sig par une autorité d'horodatage
verify.html    un vérificateur hors ligne : ouvrez-le dans un navigateur et déposez-y ce fichier ZIP
${hidden}
Empreinte de la clé : ${fingerprint}
Comparez-la avec celle que la personne a envoyée ou publiée avant le litige.

${opensslChecks("fr")}  openssl ts -verify -in manifest.tsr -data manifest.sig -CAfile <certificat de l'autorité>
`;
  }
  return `Receipts dossier: ${caseFile.case.brand.name} — ${caseFile.case.title}

dossier.html   the dossier to read or print (Save as PDF)
case.json      the data: the case and every event, sealed into a SHA-256 chain (schema: case.schema.json)
case.schema.json  the JSON Schema of case.json
timeline.csv   the timeline for spreadsheets
artifacts/     screenshots and snapshots, named by their SHA-256
signer.pem     the public signing key
manifest.json  the SHA-256 of every file, the chain head and the public key
manifest.sig   the ECDSA P-256 signature (SHA-256, DER encoding) of manifest.json
manifest.tsr   (if present) an RFC 3161 time stamp of manifest.sig by a time-stamping authority
verify.html    an offline verifier: open it in a browser and drop this ZIP file on it
${hidden}
Key fingerprint: ${fingerprint}
Compare it with the one the person sent or published before the dispute.

${opensslChecks("en")}  openssl ts -verify -in manifest.tsr -data manifest.sig -CAfile <the authority's certificate>
`;
}
