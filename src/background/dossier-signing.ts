// Signs a bundle's manifest for an extension page, but only a manifest that says what this
// installation holds: the key is not a general-purpose signing service. The manifest (a single case's, or
// a campaign's naming every brand's case) must parse, name this installation's key, and record each case's
// chain head exactly as stored now.
import { fromUtf8, toBase64, utf8 } from "../domain/dossier/bytes";
import { manifestClaims } from "../domain/dossier/campaign-manifest";
import type { ReceiptsDatabase } from "../storage/database";
import { caseChainHead } from "../storage/key-store";
import { signingKey, signWithInstallationKey } from "./keys";

export type SignOutcome = { ok: true; signature: string } | { ok: false; reason: string };

export async function signManifest(db: ReceiptsDatabase, manifestText: string): Promise<SignOutcome> {
  const claims = manifestClaims(manifestText);
  if (!claims.ok) return claims;
  const { signer } = await signingKey(db);
  if (claims.signer.fingerprint !== signer.fingerprint || claims.signer.publicKey !== signer.publicKey) {
    return { ok: false, reason: "The manifest names another key." };
  }
  for (const chain of claims.chains) {
    const head = await caseChainHead(db, chain.caseId);
    if (head === undefined) return { ok: false, reason: "No such case." };
    if (head.hash !== chain.head || head.count !== chain.count) {
      return { ok: false, reason: "The case changed while the bundle was being made; export again." };
    }
  }
  // Sign the exact bytes the page will store: its text, as UTF-8.
  const bytes = utf8(manifestText);
  if (fromUtf8(bytes) !== manifestText) return { ok: false, reason: "The manifest is not valid text." };
  return { ok: true, signature: toBase64(await signWithInstallationKey(db, bytes)) };
}
