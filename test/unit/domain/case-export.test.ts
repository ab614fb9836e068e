import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildCaseExport, caseExportFileName, CASE_EXPORT_FORMAT } from "../../../src/domain/case-export";
import { EVIDENCE_MODEL_VERSION, EvidenceEvent, type Case } from "../../../src/domain/evidence";

const AT = Date.UTC(2026, 2, 14, 23, 30);

function caseNamed(brandName: string, title: string): Case {
  return {
    id: "case_0001-abcd",
    title,
    brand: { name: brandName, domains: ["yellow-telecom.fr"] },
    status: "open",
    created: { at: AT, timeZone: "Europe/Paris" },
  };
}

/** Characters that are safe in a file name on Windows, macOS and Linux, and never start a path. */
const SAFE_NAME = /^receipts-[A-Za-z0-9_.-]+-\d{4}-\d{2}-\d{2}\.json$/;

describe("caseExportFileName", () => {
  it("says what the file is: brand, title and the day", () => {
    expect(caseExportFileName(caseNamed("Yellow Telecom", "Box en panne"), AT)).toBe("receipts-Yellow-Telecom-Box-en-panne-2026-03-14.json");
  });

  it("uses the UTC day of the export time", () => {
    expect(caseExportFileName(caseNamed("Y", "T"), Date.UTC(2026, 0, 1, 0, 0))).toMatch(/-2026-01-01\.json$/);
  });

  it.each([
    ["HTML", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
    ["slashes and a path climb", "../../etc/passwd", "a\\b/c"],
    ["Windows-reserved characters", 'CON: "x" | y? *z*', "<>:\"/\\|?*"],
    ["emoji", "🍋 Lemon Mobile 📱", "😡😡😡"],
    ["right-to-left text and overrides", "\u202Eexe.txt", "شركة الاتصالات"],
    ["control characters and new lines", "Yellow\u0000Tel\ncom\r", "tab\there"],
    ["zero-width and non-breaking spaces", "Yellow\u200BTelecom", "Box\u00A0en\u00A0panne"],
  ])("stays a safe file name with %s in the brand or title", (_what, brand, title) => {
    const name = caseExportFileName(caseNamed(brand, title), AT);
    expect(name).toMatch(SAFE_NAME);
    expect(name).not.toMatch(/[/\\<>:"|?*\u202a-\u202e\u2066-\u2069]/);
    expect([...name].filter((ch) => ch.charCodeAt(0) < 0x20)).toEqual([]);
  });

  it("falls back to 'case' when nothing printable is left", () => {
    expect(caseExportFileName(caseNamed("😡", "🙈🙉"), AT)).toBe("receipts-case-2026-03-14.json");
    expect(caseExportFileName(caseNamed("شركة", "تذكرة"), AT)).toBe("receipts-case-2026-03-14.json");
  });

  it("keeps the letters of accented names", () => {
    expect(caseExportFileName(caseNamed("Électricité", "Reçu"), AT)).toMatch(/^receipts-E.*lectricit.*Rec.*u-2026-03-14\.json$/);
  });

  it("keeps the name short whatever the brand and title", () => {
    const name = caseExportFileName(caseNamed("B".repeat(200), "T".repeat(300)), AT);
    expect(name.length).toBeLessThanOrEqual("receipts-".length + 80 + "-2026-03-14.json".length);
  });

  it("any brand and title give a safe, bounded name", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200, unit: "grapheme" }), fc.string({ minLength: 1, maxLength: 300, unit: "binary" }), (brand, title) => {
        const name = caseExportFileName(caseNamed(brand, title), AT);
        expect(name).toMatch(SAFE_NAME);
        expect(name.length).toBeLessThanOrEqual(9 + 80 + 16);
      }),
    );
  });
});

describe("buildCaseExport", () => {
  const theCase = caseNamed("Yellow Telecom", "Box en panne");
  const event = EvidenceEvent.parse({
    v: EVIDENCE_MODEL_VERSION,
    id: "evt_0001-abcd",
    caseId: theCase.id,
    kind: "note",
    recorded: theCase.created,
    occurred: theCase.created,
    collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "Firefox", browserVersion: "140.0" },
    hash: null,
    previousHash: null,
    payload: { text: "Called the hotline." },
  });
  const exported = { at: AT, timeZone: "Europe/Paris", by: { extensionVersion: "0.1.0", browser: "Firefox", browserVersion: "140.0" } };

  it("labels the file with its format and the evidence model version", () => {
    const out = buildCaseExport(theCase, [event], exported);
    expect(out.format).toBe(CASE_EXPORT_FORMAT);
    expect(out.formatVersion).toBe(1);
    expect(out.evidenceModelVersion).toBe(EVIDENCE_MODEL_VERSION);
    expect(out.exported).toEqual(exported);
    expect(out.case).toEqual(theCase);
    expect(out.events).toEqual([event]);
  });

  it("copies the event list, so a later change to the caller's array does not alter the export", () => {
    const events = [event];
    const out = buildCaseExport(theCase, events, exported);
    events.push(event);
    expect(out.events).toHaveLength(1);
  });

  it("survives a JSON round trip with every event still valid", () => {
    const back = JSON.parse(JSON.stringify(buildCaseExport(theCase, [event], exported))) as { events: unknown[] };
    expect(back.events.map((e) => EvidenceEvent.safeParse(e).success)).toEqual([true]);
  });
});
