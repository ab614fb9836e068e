// The dossier's privileged messages: the signing key's public facts, and signing a manifest.
import { failure, type Reply } from "../messaging/messages";
import type { ReceiptsDatabase } from "../storage/database";
import { readSetting, writeSetting } from "../storage/evidence-store";
import { signManifest } from "./dossier-signing";
import { collection, timeZone } from "./environment";
import { signingKey } from "./keys";

const TSA_SETTING = "dossier.tsaUrl";

export async function dossierSigner(db: ReceiptsDatabase): Promise<Reply> {
  const [{ signer, stored }, made, tsaUrl] = await Promise.all([signingKey(db), collection("by-hand", undefined), readSetting<string>(db, TSA_SETTING)]);
  return {
    ok: true,
    signer,
    keyCreated: stored.created,
    by: { extensionVersion: made.extensionVersion, browser: made.browser, browserVersion: made.browserVersion },
    timeZone: timeZone(),
    tsaUrl: tsaUrl ?? "",
  };
}

export async function dossierSign(db: ReceiptsDatabase, manifest: string): Promise<Reply> {
  const outcome = await signManifest(db, manifest);
  return outcome.ok ? { ok: true, signature: outcome.signature } : failure("invalid-message", outcome.reason);
}

/** Where bundles ask for trusted time (RFC 3161); "" asks nowhere. */
export async function dossierTsa(db: ReceiptsDatabase, url: string): Promise<Reply> {
  await writeSetting(db, TSA_SETTING, url || undefined);
  return { ok: true };
}
