// Campaigns in a whole-profile backup: campaigns.json, listed in the manifest, restored as a merge
// (new, nothing new, or the stored one kept when they differ), checked with the schema; and the
// active-case choices, restored for the cases the restore brings back only.
import { beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { makeVerifiedBackup, type BackupEnvironment } from "../../../src/backup/make-backup";
import type { Campaign } from "../../../src/domain/campaigns/campaign";
import { createCampaign, editCampaignProtocol, endCampaign, findCampaign, listCampaigns, startCampaign } from "../../../src/storage/campaign-store";
import { deleteCase } from "../../../src/storage/case-deletion";
import { createCase, markActiveCase, openCaseForHost, readSetting } from "../../../src/storage/evidence-store";
import type { ReceiptsDatabase } from "../../../src/storage/database";
import { testKey, type TestKey } from "../../fixtures/dossier/sample-case";
import { editJson, filesOf, rehash, text } from "../../fixtures/dossier/tamper";
import { protocolFields } from "../domain/campaigns/campaign-fixtures";
import { freshDatabase, scriptedClock } from "../storage/store-fixtures";
import { importInto, refusedKinds, snapshot } from "./import-fixtures";

const AT = Date.UTC(2026, 10, 23, 14, 30);
const byHand = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" };
const SIENNA = { name: "Sienna Mobile", domains: ["sienna.test"] };
const UMBER = { name: "Umber Fibre", domains: ["umber.test"] };
const TEAL = { name: "Teal Telecom", domains: ["teal.test"] };
let key: TestKey;

function env(): BackupEnvironment {
  return { signer: key.signer, by: { extensionVersion: "0.1.0", browser: "chrome", browserVersion: "156" }, timeZone: "Europe/Paris", sign: key.sign, now: () => AT, automatic: false, pause: async () => undefined };
}

/**
 * A profile with a running campaign (two protocol versions, a brand whose case was deleted), a draft
 * campaign, and two open cases of the same brand where the person chose the older one.
 */
async function profileWithCampaigns(): Promise<{ db: ReceiptsDatabase; running: Campaign; draft: Campaign; chosen: string; other: string }> {
  const db = freshDatabase();
  const clock = scriptedClock();
  const created = await createCampaign(db, { name: "Telcos: 48 hours?", protocol: protocolFields(), brands: [SIENNA, UMBER] }, clock);
  await startCampaign(db, created.id, byHand, clock);
  await editCampaignProtocol(db, created.id, protocolFields({ question: "Can you confirm my refund date, please?" }), "Clearer question", clock);
  await deleteCase(db, created.brands[1]!.caseId, clock);
  const running = (await findCampaign(db, created.id))!;
  const draft = await createCampaign(db, { name: "Banks: a reply in a day?", protocol: protocolFields(), brands: [TEAL] }, clock);
  const chosen = (await createCase(db, { title: "Teal: the router", brand: TEAL }, byHand, clock)).id;
  const other = (await createCase(db, { title: "Teal: the bill", brand: TEAL }, byHand, clock)).id;
  await markActiveCase(db, chosen, clock.now().at);
  return { db, running, draft, chosen, other };
}

beforeAll(async () => {
  key = await testKey();
});

describe("campaigns in a whole-profile backup", () => {
  it("are written to campaigns.json, listed with their hash in the manifest, and named there", async () => {
    const { db, running, draft } = await profileWithCampaigns();
    expect(running.protocols).toHaveLength(2);
    expect(running.brands[1]!.caseDeleted).toBeDefined();
    const made = await makeVerifiedBackup(db, env());
    const files = filesOf(made.bytes);
    const manifest = JSON.parse(text(files["manifest.json"])) as { campaigns: unknown; files: { path: string }[] };
    expect(manifest.campaigns).toEqual([
      { id: draft.id, name: draft.name },
      { id: running.id, name: running.name },
    ]);
    expect(manifest.files.map((f) => f.path)).toContain("campaigns.json");
    expect(JSON.parse(text(files["campaigns.json"]))).toEqual({ format: "receipts.campaigns", formatVersion: 1, campaigns: await listCampaigns(db) });
    expect(text(files["README.txt"])).toContain("campaigns.json");
  });

  it("restore into a fresh profile: every campaign as it was (versions, brands, cases, deleted-case marks), the active case chosen; nothing new the second time", async () => {
    const source = await profileWithCampaigns();
    const made = await makeVerifiedBackup(source.db, env());
    const db = freshDatabase();
    const outcome = await importInto(db, made.bytes, "f".repeat(64), made.fileName);
    expect(outcome).toMatchObject({
      status: "imported",
      campaigns: [
        { id: source.draft.id, name: source.draft.name, action: "new" },
        { id: source.running.id, name: source.running.name, action: "new" },
      ],
    });
    expect(await listCampaigns(db)).toEqual(await listCampaigns(source.db));
    const restored = (await findCampaign(db, source.running.id))!;
    // The case of the brand still listed came back; the deleted one stays marked.
    expect(await db.cases.get(restored.brands[0]!.caseId)).toBeDefined();
    expect(restored.brands[1]).toMatchObject({ caseDeleted: source.running.brands[1]!.caseDeleted });
    // Two open cases of the same brand: captures go to the one the person chose, as before.
    expect(await readSetting(db, `active-case|${source.chosen}`)).toBe(await readSetting(source.db, `active-case|${source.chosen}`));
    expect((await openCaseForHost(db, "teal.test"))?.id).toBe(source.chosen);

    const before = { rows: await snapshot(db), campaigns: await listCampaigns(db) };
    const again = await importInto(db, made.bytes, "f".repeat(64), made.fileName);
    expect(again).toMatchObject({ campaigns: [{ action: "nothing-new" }, { action: "nothing-new" }] });
    expect({ rows: await snapshot(db), campaigns: await listCampaigns(db) }).toEqual(before);
  });

  it("never overwrites a stored campaign of the same id that differs: the stored one stays, and the outcome says so", async () => {
    const source = await profileWithCampaigns();
    const made = await makeVerifiedBackup(source.db, env());
    // The same profile went on after the backup: the campaign ended, and the person chose the other case.
    const clock = scriptedClock([], AT + 60_000);
    const ended = await endCampaign(source.db, source.running.id, clock);
    await markActiveCase(source.db, source.other, AT + 120_000);
    const outcome = await importInto(source.db, made.bytes, key.signer.fingerprint, made.fileName);
    expect(outcome).toMatchObject({
      status: "imported",
      campaigns: [
        { id: source.draft.id, action: "nothing-new" },
        { id: source.running.id, name: source.running.name, action: "kept-stored" },
      ],
    });
    expect(await findCampaign(source.db, source.running.id)).toEqual(ended);
    expect(ended.ended).toBeDefined();
    // The choice made here after the backup stands.
    expect((await openCaseForHost(source.db, "teal.test"))?.id).toBe(source.other);
  });

  it("keeps the active-case choices made here: a backup's choice is restored only with a case the restore brings back", async () => {
    const source = await profileWithCampaigns();
    const made = await makeVerifiedBackup(source.db, env());
    const db = freshDatabase();
    // This profile already holds both Teal cases (from an earlier restore, say), with no choice made.
    const { importFile } = await import("../../../src/backup/import-file");
    const lessFiles = filesOf(made.bytes);
    editJson(lessFiles, "profile.json", (p) => void ((p.settings as Record<string, unknown>).activeCases = undefined));
    await rehash(lessFiles, "profile.json");
    await importFile(db, zipSync(lessFiles), "no-choice.zip", { localFingerprint: "0".repeat(64), newId: () => "copy_00000001", now: () => AT });
    expect(await readSetting(db, `active-case|${source.chosen}`)).toBeUndefined();
    await importInto(db, made.bytes, "0".repeat(64));
    expect(await readSetting(db, `active-case|${source.chosen}`)).toBeUndefined();
  });

  it("a backup from before campaigns (no campaigns.json, none in the manifest) restores its cases and no campaign", async () => {
    const source = await profileWithCampaigns();
    const made = await makeVerifiedBackup(source.db, env());
    const files = filesOf(made.bytes);
    delete files["campaigns.json"];
    editJson(files, "manifest.json", (m) => {
      delete m.campaigns;
      m.files = (m.files as { path: string }[]).filter((f) => f.path !== "campaigns.json");
    });
    const db = freshDatabase();
    const outcome = await importInto(db, zipSync(files), "0".repeat(64));
    expect(outcome).toMatchObject({ status: "imported", campaigns: [] });
    expect(outcome.status === "imported" && outcome.cases.length).toBe(3);
    expect(await listCampaigns(db)).toEqual([]);
  });

  it("is refused whole, nothing stored, when campaigns.json does not fit the schema or is not what the manifest lists, with the field named", async () => {
    const source = await profileWithCampaigns();
    const made = await makeVerifiedBackup(source.db, env());
    const forged = async (edit: (files: Record<string, Uint8Array>) => void) => {
      const files = filesOf(made.bytes);
      edit(files);
      await rehash(files, "campaigns.json");
      return zipSync(files);
    };
    const db = freshDatabase();
    const noQuestion = await importInto(
      db,
      await forged((f) => editJson(f, "campaigns.json", (c) => void (((c.campaigns as Campaign[])[1]!.protocols[0] as { question: string }).question = ""))),
      "0".repeat(64),
    );
    expect(refusedKinds(noQuestion)).toEqual(["campaigns-invalid"]);
    expect(noQuestion.status === "refused" && noQuestion.findings[0]).toMatchObject({ issues: [{ path: "campaigns.1.protocols.0.question" }] });

    const unlisted = await importInto(db, await forged((f) => editJson(f, "campaigns.json", (c) => void (c.campaigns as Campaign[]).pop())), "0".repeat(64));
    expect(refusedKinds(unlisted)).toEqual(["campaigns-invalid"]);
    expect(unlisted.status === "refused" && unlisted.findings[0]).toMatchObject({ issues: [{ message: "not the campaigns the backup's manifest lists" }] });

    const notJson = await importInto(db, await forged((f) => void (f["campaigns.json"] = new TextEncoder().encode("{ not json"))), "0".repeat(64));
    expect(refusedKinds(notJson)).toEqual(["campaigns-invalid"]);

    expect(await snapshot(db)).toEqual({ cases: [], events: [], artifacts: [] });
    expect(await listCampaigns(db)).toEqual([]);
  });
});
