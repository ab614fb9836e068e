// What goes into a bundle: the HTML dossier (pictures by relative path), case.json, the CSV
// timeline, every artifact under its SHA-256, the public key as PEM for OpenSSL users, a README,
// and verify.html; then manifest.json and manifest.sig (bundle-writer.ts).
import { utf8 } from "../domain/dossier/bytes";
import { buildCaseFile, type CaseFile, type CaseFileParts } from "../domain/dossier/case-file";
import { caseJsonSchemaText } from "../domain/dossier/json-schema";
import type { Signer } from "../domain/dossier/signer";
import { writeBundle, yieldToEventLoop, type Bundle, type BundleFile } from "./bundle-writer";
import { renderDossierHtmlInSteps, type DossierArtifact } from "./dossier-html";
import type { DossierLanguage } from "./dossier-text";
import type { PromiseReality } from "./reality-hook";
import type { RedactionLogEntry } from "../domain/redaction/redaction-model";
import { redactionLogText } from "./redaction-log";
import { shownCaseFileInSteps } from "./shown-case";
import { readmeText } from "./readme-text";
import { renderTimelineCsvInSteps } from "./timeline-csv";

export const BUNDLE_PATHS = { dossier: "dossier.html", case: "case.json", csv: "timeline.csv", schema: "case.schema.json", pem: "signer.pem", readme: "README.txt", verify: "verify.html", redactions: "redactions.json" } as const;

const EXTENSIONS: Record<string, string> = {
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "image/gif": ".gif",
  "text/html": ".html",
  // Page snapshots as the browser saves them (MHTML).
  "multipart/related": ".mhtml",
  "application/x-mimearchive": ".mhtml",
  "application/pdf": ".pdf",
  "text/plain": ".txt",
};

/** "artifacts/<sha256>.png": named by content, so a name can never collide or lie unnoticed. */
export function artifactPath(sha256: string, mediaType: string): string {
  return `artifacts/${sha256}${EXTENSIONS[mediaType] ?? ".bin"}`;
}

/** A stored file (screenshot, page snapshot) as an export reads it: its bytes still in their Blob. */
export interface StoredFile {
  sha256: string;
  mediaType: string;
  bytes: Blob;
}

/**
 * The case file an export or a backup signs, with the stored files its events name: each file's
 * bytes read, and its size and its path in the bundle listed in case.json.
 */
export async function caseFileWithFiles(
  parts: Omit<CaseFileParts, "artifacts">,
  files: readonly StoredFile[],
): Promise<{ caseFile: CaseFile; artifacts: Array<DossierArtifact & { bytes: Uint8Array }> }> {
  const artifacts = await Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await file.bytes.arrayBuffer());
      return { sha256: file.sha256, mediaType: file.mediaType, size: bytes.length, path: artifactPath(file.sha256, file.mediaType), bytes };
    }),
  );
  const caseFile = buildCaseFile({ ...parts, artifacts: artifacts.map(({ sha256, mediaType, size, path }) => ({ sha256, mediaType, size, path })) });
  return { caseFile, artifacts };
}

export function signerPem(signer: Signer): string {
  const lines = signer.publicKey.replace(/\s+/g, "").match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join("\n")}\n-----END PUBLIC KEY-----\n`;
}

export interface DossierBundleRequest {
  caseFile: CaseFile & { signer: Signer; chain: NonNullable<CaseFile["chain"]> };
  artifacts: ReadonlyArray<DossierArtifact & { bytes: Uint8Array }>;
  lang: DossierLanguage;
  verifyPage: string;
  sign: (manifest: Uint8Array) => Promise<Uint8Array>;
  timestamp?: (signature: Uint8Array) => Promise<Uint8Array | null>;
  reality?: PromiseReality;
  /** What the person hid (case.json's events then carry it): written to redactions.json and the dossier's annex. */
  redactions?: readonly RedactionLogEntry[];
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

export async function buildDossierBundle(request: DossierBundleRequest): Promise<Bundle> {
  const { caseFile, lang } = request;
  const pause = request.pause ?? yieldToEventLoop;
  const redactions = request.redactions ?? [];
  // The dossier and the CSV show hidden values as labels (read once for both); case.json keeps their commitments.
  const shown = await shownCaseFileInSteps(caseFile, lang, pause);
  const html = await renderDossierHtmlInSteps({ caseFile: shown, artifacts: request.artifacts, lang, images: "linked", redactions, ...(request.reality ? { reality: request.reality } : {}) }, pause);
  const csv = await renderTimelineCsvInSteps(shown, lang, pause);
  // Each large text is encoded in a step of its own, with a pause after it.
  const texts: Array<[string, () => string]> = [
    [BUNDLE_PATHS.dossier, () => html],
    [BUNDLE_PATHS.case, () => `${JSON.stringify(caseFile, null, 2)}\n`],
    [BUNDLE_PATHS.csv, () => csv],
    [BUNDLE_PATHS.schema, caseJsonSchemaText],
    [BUNDLE_PATHS.pem, () => signerPem(caseFile.signer)],
    [BUNDLE_PATHS.readme, () => readmeText(caseFile, lang, redactions.length)],
    [BUNDLE_PATHS.verify, () => request.verifyPage],
    ...(redactions.length ? ([[BUNDLE_PATHS.redactions, () => redactionLogText(caseFile, redactions)]] as Array<[string, () => string]>) : []),
  ];
  const files: BundleFile[] = [];
  for (const [path, content] of texts) {
    files.push({ path, bytes: utf8(content()), compress: true });
    await pause();
  }
  files.push(...request.artifacts.map((a): BundleFile => ({ path: a.path, bytes: a.bytes, compress: !a.mediaType.startsWith("image/") })));
  return writeBundle({
    theCase: caseFile.case,
    created: { at: caseFile.exported.at, timeZone: caseFile.exported.timeZone },
    chain: { hash: caseFile.chain.head, count: caseFile.chain.count },
    signer: caseFile.signer,
    sign: request.sign,
    ...(request.timestamp ? { timestamp: request.timestamp } : {}),
    files,
    pause,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
}
