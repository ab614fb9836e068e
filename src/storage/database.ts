// The one place that opens IndexedDB. Versions are only ever appended, never edited:
// each entry is what that version added, and its upgrade carries existing data across.
import Dexie, { type Table, type Transaction } from "dexie";
import type { Case, EvidenceEvent } from "../domain/evidence";
import type { Campaign } from "../domain/campaigns/campaign";
import { hostOf } from "../domain/brand";

export const DATABASE_NAME = "receipts";

/** An event as stored: the evidence itself plus storage-only bookkeeping. */
export interface StoredEvent {
  event: EvidenceEvent;
  id: string;
  caseId: string;
  /** Order of storage across the whole database: survives a clock that goes backwards. */
  seq: number;
  /** Idempotency key of the capture that produced it, namespaced by the sender's origin. */
  captureKey?: string;
  /** Host of the page it came from (v2). */
  siteHost?: string;
}

/**
 * A file kept with evidence (a promise's screenshot or page snapshot), v3. Content addressed: the key is
 * the SHA-256 of the bytes, so the same bytes are stored once however many events refer to them.
 */
export interface StoredArtifact {
  sha256: string;
  bytes: Blob;
  mediaType: string;
  size: number;
  /** When it was first stored (epoch ms). */
  stored: number;
}

/** A signing key pair (v4). The private key is a non-extractable CryptoKey: IndexedDB keeps it as is. */
export interface StoredKey {
  id: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  created: number;
}

export interface WatchedSite {
  host: string;
  since: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: "&id, status, *brand.domains",
      events: "&id, caseId, [caseId+seq], &captureKey, seq",
      watchedSites: "&host",
      settings: "&key",
    },
  },
  {
    // v2: index events by the host they were captured on, for "this site's recent evidence".
    version: 2,
    stores: {
      events: "&id, caseId, [caseId+seq], &captureKey, seq, [siteHost+seq]",
    },
    upgrade: async (tx) => {
      await tx
        .table<StoredEvent, string>("events")
        .toCollection()
        .modify((stored) => {
          const host = stored.event.source ? hostOf(stored.event.source.url) : undefined;
          if (host) stored.siteHost = host;
        });
    },
  },
  {
    // v3: files kept with promises (screenshots, page snapshots), keyed by their SHA-256. Nothing to carry over.
    version: 3,
    stores: { artifacts: "&sha256" },
  },
  {
    // v4: the installation's signing key for dossiers (a non-extractable CryptoKey, see key-store.ts).
    version: 4,
    stores: { keys: "&id" },
  },
  {
    // v5: campaigns (domain/campaigns/campaign.ts), each with its protocol versions and its brands' cases.
    // Nothing to carry over.
    version: 5,
    stores: { campaigns: "&id" },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

export class ReceiptsDatabase extends Dexie {
  cases!: Table<Case, string>;
  events!: Table<StoredEvent, string>;
  watchedSites!: Table<WatchedSite, string>;
  settings!: Table<Setting, string>;
  artifacts!: Table<StoredArtifact, string>;
  keys!: Table<StoredKey, string>;
  campaigns!: Table<Campaign, string>;

  /** `upTo` exists for upgrade tests, which build an older database first. */
  constructor(name = DATABASE_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, {
      // A write is acknowledged to a content script only once it is on disk.
      chromeTransactionDurability: "strict",
      ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const v of SCHEMA_VERSIONS) {
      if (options.upTo !== undefined && v.version > options.upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: ReceiptsDatabase | undefined;

/** The database of this extension context (background or extension page). */
export function database(): ReceiptsDatabase {
  shared ??= new ReceiptsDatabase();
  return shared;
}
