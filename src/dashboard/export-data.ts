// Everything an export of one case needs, read in the dashboard page: the case and its events
// (read-only, straight from the database), the files its events point at, and from the background
// the signing key's public facts (the private key never leaves the background).
import { namedHashes } from "../domain/dossier/artifact-refs";
import type { CaseFile } from "../domain/dossier/case-file";
import { Signer } from "../domain/dossier/signer";
import { caseFileWithFiles } from "../export/dossier-bundle";
import type { DossierArtifact } from "../export/dossier-html";
import { database } from "../storage/database";
import { caseEvents, findCase } from "../storage/evidence-store";
import { ask } from "../ui/background-client";

export interface SignerFacts {
  signer: Signer;
  keyCreated: number;
  by: CaseFile["exported"]["by"];
  timeZone: string;
  /** The RFC 3161 authority bundles ask for trusted time; "" for none. */
  tsaUrl: string;
}

export async function signerFacts(): Promise<SignerFacts> {
  const reply = await ask({ type: "dossier.signer" });
  if (!reply.ok) throw new Error(reply.error.message);
  return { signer: Signer.parse(reply.signer), keyCreated: Number(reply.keyCreated), by: reply.by as SignerFacts["by"], timeZone: String(reply.timeZone), tsaUrl: typeof reply.tsaUrl === "string" ? reply.tsaUrl : "" };
}

/** Asks the background to sign a manifest; returns the DER signature. */
export async function signManifestBytes(manifest: Uint8Array): Promise<Uint8Array> {
  const reply = await ask({ type: "dossier.sign", manifest: new TextDecoder().decode(manifest) });
  if (!reply.ok) throw new Error(reply.error.message);
  return Uint8Array.from(atob(String(reply.signature)), (c) => c.charCodeAt(0));
}

export interface ExportData {
  caseFile: CaseFile & { signer: Signer; chain: NonNullable<CaseFile["chain"]> };
  artifacts: Array<DossierArtifact & { bytes: Uint8Array }>;
}

export async function readExportData(caseId: string, facts: SignerFacts): Promise<ExportData> {
  const db = database();
  const theCase = await findCase(db, caseId);
  if (!theCase) throw new Error("No such case.");
  const events = await caseEvents(db, caseId);
  const rows = (await db.artifacts.bulkGet(namedHashes(events))).filter((row) => row !== undefined);
  const { caseFile, artifacts } = await caseFileWithFiles({ theCase, events, exported: { at: Date.now(), timeZone: facts.timeZone, by: facts.by }, signer: facts.signer }, rows);
  return { caseFile: caseFile as ExportData["caseFile"], artifacts };
}

