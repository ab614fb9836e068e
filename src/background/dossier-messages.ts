// The dossier's privileged messages: the signing key's public facts, and signing a manifest.
import { failure, type Reply } from "../messaging/messages";
import type { ReceiptsDatabase } from "../storage/database";
import { signManifest } from "./dossier-signing";
import { collection, timeZone } from "./environment";
import { signingKey } from "./keys";

export async function dossierSigner(db: ReceiptsDatabase): Promise<Reply> {
  const [{ signer, stored }, made] = await Promise.all([signingKey(db), collection("by-hand", undefined)]);
  return {
    ok: true,
    signer,
    keyCreated: stored.created,
    by: { extensionVersion: made.extensionVersion, browser: made.browser, browserVersion: made.browserVersion },
    timeZone: timeZone(),
  };
}

export async function dossierSign(db: ReceiptsDatabase, manifest: string): Promise<Reply> {
  const outcome = await signManifest(db, manifest);
  return outcome.ok ? { ok: true, signature: outcome.signature } : failure("invalid-message", outcome.reason);
}
