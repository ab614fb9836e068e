// Signs a bundle's manifest for an extension page, but only a manifest that says what this
// installation holds: the key is not a general-purpose signing service. The manifest must parse,
// name this installation's key, and record the case's chain head exactly as stored now.
import { fromUtf8, toBase64, utf8 } from "../domain/dossier/bytes";
import { BundleManifest } from "../domain/dossier/manifest";
import type { ReceiptsDatabase } from "../storage/database";
import { caseChainHead } from "../storage/key-store";
import { signingKey, signWithInstallationKey } from "./keys";

export type SignOutcome = { ok: true; signature: string } | { ok: false; reason: string };

export async function signManifest(db: ReceiptsDatabase, manifestText: string): Promise<SignOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch {
    return { ok: false, reason: "The manifest is not JSON." };
  }
  const parsed = BundleManifest.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "The manifest does not fit its schema." };
  const manifest = parsed.data;
  const { signer } = await signingKey(db);
  if (manifest.signer.fingerprint !== signer.fingerprint || manifest.signer.publicKey !== signer.publicKey) {
    return { ok: false, reason: "The manifest names another key." };
  }
  const head = await caseChainHead(db, manifest.case.id);
  if (head === undefined) return { ok: false, reason: "No such case." };
  if (head.hash !== manifest.chain.head || head.count !== manifest.chain.count) {
    return { ok: false, reason: "The case changed while the bundle was being made; export again." };
  }
  // Sign the exact bytes the page will store: its text, as UTF-8.
  const bytes = utf8(manifestText);
  if (fromUtf8(bytes) !== manifestText) return { ok: false, reason: "The manifest is not valid text." };
  return { ok: true, signature: toBase64(await signWithInstallationKey(db, bytes)) };
}
