// Writes a whole-profile backup: each case as a signed bundle of its own (case.json, the files its
// events name, signer.pem, manifest.json and manifest.sig: the bundle writer's format, so each case
// verifies with verify.html or the command-line verifier once unzipped), profile.json, campaigns.json,
// a README, and manifest.json listing every file with its SHA-256. See docs/backup.md.
import { utf8 } from "../../domain/dossier/bytes";
import type { CaseFile } from "../../domain/dossier/case-file";
import type { Signer } from "../../domain/dossier/signer";
import type { Moment } from "../../domain/evidence";
import type { Campaign } from "../../domain/campaigns/campaign";
import {
  BACKUP_CAMPAIGNS_PATH,
  BACKUP_FORMAT,
  BACKUP_MANIFEST_PATH,
  BACKUP_PROFILE_PATH,
  BACKUP_README_PATH,
  BackupManifest,
  backupCasePath,
  backupManifestText,
  CampaignsFile,
  type ProfileFile,
} from "../../domain/backup/backup-manifest";
import { joinChunks, listFiles, writeBundle, yieldToEventLoop, zipFiles, type BundleFile } from "../bundle-writer";
import { BUNDLE_PATHS, signerPem } from "../dossier-bundle";

export interface BackupCase {
  caseFile: CaseFile & { signer: Signer; chain: NonNullable<CaseFile["chain"]> };
  artifacts: ReadonlyArray<{ path: string; mediaType: string; bytes: Uint8Array }>;
}

export interface BackupRequest {
  created: Moment;
  by: BackupManifest["by"];
  signer: Signer;
  /** The cases, one at a time (a source may read each from storage when asked). */
  cases: AsyncIterable<BackupCase> | Iterable<BackupCase>;
  profile: ProfileFile;
  /** Every campaign, as stored. */
  campaigns: readonly Campaign[];
  /** Signs one case's manifest (DER). */
  sign: (manifest: Uint8Array) => Promise<Uint8Array>;
  pause?: () => Promise<void>;
}

export interface Backup {
  chunks: Uint8Array[];
  manifest: BackupManifest;
}

const README = `Receipts backup / Sauvegarde Receipts

EN — This file holds everything Receipts kept in one browser profile: every case (cases/<id>.zip,
each a signed Receipts bundle: case.json with every event, the screenshots and page snapshots,
manifest.json and its signature manifest.sig), profile.json (the sites watched, the collector's
name, where imported cases came from, which case runs on a brand's sites), campaigns.json (each
campaign: its protocol versions, its brands and their cases) and manifest.json (each file's SHA-256).
To restore it: Receipts' dashboard, "Import a dossier or restore a backup", pick this file.
Nothing already stored is overwritten. Each cases/<id>.zip can also be checked on its own with
verify.html or the command-line verifier (receipts-verify), like any exported bundle.
The signing key is not in the backup: it cannot leave the browser. A profile restored on a new
installation signs with a new key; what was signed before stays checkable with the old fingerprint.

FR — Ce fichier contient tout ce que Receipts conservait dans un profil de navigateur : chaque
dossier (cases/<id>.zip, chacun un dossier Receipts signé : case.json avec tous les événements, les
captures d'écran et copies de pages, manifest.json et sa signature manifest.sig), profile.json (les
sites suivis, le nom du collecteur, l'origine des dossiers importés, le dossier en cours sur le site
d'une marque), campaigns.json (chaque campagne : les versions de son protocole, ses marques et leurs
dossiers) et manifest.json (le SHA-256 de chaque fichier). Pour le restaurer : tableau de bord de Receipts, « Importer un dossier ou restaurer
une sauvegarde », choisir ce fichier. Rien de ce qui est déjà enregistré n'est écrasé.
La clé de signature n'est pas dans la sauvegarde : elle ne peut pas quitter le navigateur. Un profil
restauré sur une nouvelle installation signe avec une nouvelle clé ; ce qui a été signé avant reste
vérifiable avec l'ancienne empreinte.
`;

/** One case as a signed bundle (case.json, its files, signer.pem), zipped. */
async function caseBundle(item: BackupCase, request: BackupRequest, pause: () => Promise<void>): Promise<Uint8Array> {
  const { caseFile } = item;
  const files: BundleFile[] = [
    { path: BUNDLE_PATHS.case, bytes: utf8(`${JSON.stringify(caseFile, null, 2)}\n`), compress: true },
    { path: BUNDLE_PATHS.pem, bytes: utf8(signerPem(request.signer)), compress: true },
    ...item.artifacts.map((a): BundleFile => ({ path: a.path, bytes: a.bytes, compress: !a.mediaType.startsWith("image/") })),
  ];
  const bundle = await writeBundle({
    theCase: caseFile.case,
    created: request.created,
    chain: { hash: caseFile.chain.head, count: caseFile.chain.count },
    signer: request.signer,
    sign: request.sign,
    files,
    pause,
  });
  return joinChunks(bundle.chunks);
}

export async function writeBackup(request: BackupRequest): Promise<Backup> {
  const pause = request.pause ?? yieldToEventLoop;
  const files: BundleFile[] = [
    { path: BACKUP_README_PATH, bytes: utf8(README), compress: true },
    { path: BACKUP_PROFILE_PATH, bytes: utf8(`${JSON.stringify(request.profile, null, 2)}\n`), compress: true },
  ];
  const campaigns = CampaignsFile.parse({ format: "receipts.campaigns", formatVersion: 1, campaigns: request.campaigns });
  files.push({ path: BACKUP_CAMPAIGNS_PATH, bytes: utf8(`${JSON.stringify(campaigns, null, 2)}\n`), compress: true });
  const cases: BackupManifest["cases"] = [];
  for await (const item of request.cases) {
    const path = backupCasePath(item.caseFile.case.id);
    // Already compressed inside: stored as it is.
    files.push({ path, bytes: await caseBundle(item, request, pause), compress: false });
    cases.push({ id: item.caseFile.case.id, title: item.caseFile.case.title, path, chain: item.caseFile.chain });
  }
  const manifest = BackupManifest.parse({
    format: BACKUP_FORMAT,
    formatVersion: 1,
    created: request.created,
    by: request.by,
    signer: request.signer,
    cases,
    campaigns: campaigns.campaigns.map(({ id, name }) => ({ id, name })),
    files: await listFiles(files, pause),
  });
  const all = [...files, { path: BACKUP_MANIFEST_PATH, bytes: utf8(backupManifestText(manifest)), compress: true }];
  return { chunks: await zipFiles(all, request.created, pause), manifest };
}

/** "receipts-backup-2026-11-23-1549.zip", in the person's zone. */
export function backupFileName(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `receipts-backup-${part("year")}-${part("month")}-${part("day")}-${part("hour")}${part("minute")}.zip`;
}
