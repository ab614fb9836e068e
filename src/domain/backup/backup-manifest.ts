// A whole-profile backup (docs/backup.md): one ZIP holding a signed bundle per case (the same
// format as an exported dossier, so each one verifies on its own), profile.json (watched sites,
// settings, where imported cases came from) and manifest.json listing every file with its SHA-256.
import { z } from "zod";
import { Domain, Id, Moment } from "../evidence";
import { ManifestFile } from "../dossier/manifest";
import { Signer } from "../dossier/signer";
import { Campaign } from "../campaigns/campaign";
import { ImportRecords } from "./import-record";

export const BACKUP_FORMAT = "receipts.backup";
export const BACKUP_MANIFEST_PATH = "manifest.json";
export const BACKUP_PROFILE_PATH = "profile.json";
export const BACKUP_README_PATH = "README.txt";
export const BACKUP_CAMPAIGNS_PATH = "campaigns.json";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export function backupCasePath(caseId: string): string {
  return `cases/${caseId}.zip`;
}

export const BackupCaseEntry = z.object({
  id: Id,
  title: z.string().max(300),
  path: z.string().regex(/^cases\/[A-Za-z0-9_-]{8,64}\.zip$/),
  chain: z.object({ head: Sha256.nullable(), count: z.number().int().nonnegative() }),
});

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  created: Moment,
  by: z.object({ extensionVersion: z.string().max(50), browser: z.string().max(50), browserVersion: z.string().max(50) }),
  /** The installation key that signed every case's bundle. */
  signer: Signer,
  cases: z.array(BackupCaseEntry).max(50_000),
  /**
   * The campaigns in campaigns.json (id and name). Absent from backups made before campaigns existed:
   * they have no campaigns.json, and restore none.
   */
  campaigns: z.array(z.object({ id: Id, name: z.string().max(300) })).max(10_000).optional(),
  files: z.array(ManifestFile).max(100_000),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Settings a backup carries; each restored only where the profile has none. */
export const ProfileSettings = z.object({
  collector: z.string().max(200).optional(),
  /**
   * Per case id, when the person chose it as the case to run on its brand's sites (the settings
   * `active-case|<caseId>`). Absent from older backups.
   */
  activeCases: z.record(Id, z.number().int().nonnegative()).optional(),
});

export const ProfileFile = z.object({
  format: z.literal("receipts.profile"),
  formatVersion: z.literal(1),
  watchedSites: z.array(z.object({ host: Domain, since: z.number().int().nonnegative() })).max(10_000),
  settings: ProfileSettings,
  /** Per case id, where its imported events came from. */
  imports: z.record(Id, ImportRecords),
});
export type ProfileFile = z.infer<typeof ProfileFile>;

/** campaigns.json: every campaign as stored (its protocol versions, brands, their cases, deleted-case marks). */
export const CampaignsFile = z.object({
  format: z.literal("receipts.campaigns"),
  formatVersion: z.literal(1),
  campaigns: z.array(Campaign).max(10_000),
});
export type CampaignsFile = z.infer<typeof CampaignsFile>;

export function backupManifestText(manifest: BackupManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
