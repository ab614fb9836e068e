// The HTML dossier: every section a reader needs, captured markup as inert text, pictures embedded
// or linked, English and French; and the CSV timeline with its quoting and formula guard.
import { beforeAll, describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { renderDossierHtml } from "../../../src/export/dossier-html";
import { csvCell, renderTimelineCsv } from "../../../src/export/timeline-csv";
import { isoWithOffset } from "../../../src/export/time-text";
import { FORMULA_TEXT, HOSTILE_TEXT, PROMISE_QUOTE, sampleCase, sampleCaseFile, testKey, type SampleCase } from "../../fixtures/dossier/sample-case";
import type { CaseFile } from "../../../src/domain/dossier/case-file";

let sample: SampleCase;
let caseFile: CaseFile;
beforeAll(async () => {
  sample = await sampleCase();
  caseFile = sampleCaseFile(sample, (await testKey()).signer);
});

function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe("the HTML dossier", () => {
  it("keeps captured markup as text: no script, no element made from it", () => {
    const html = renderDossierHtml({ caseFile, artifacts: sample.artifacts, lang: "en", images: "linked" });
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;");
    const doc = parse(html);
    expect(doc.querySelectorAll("script").length).toBe(0);
    expect(doc.querySelectorAll("img[onerror]").length).toBe(0);
    expect(doc.querySelector("#timeline")?.textContent).toContain(HOSTILE_TEXT);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toMatch(/^default-src 'none'/);
  });

  it("says who, which brand, since when, how many contacts and messages, and what was promised", () => {
    const doc = parse(renderDossierHtml({ caseFile, artifacts: sample.artifacts, lang: "en", images: "linked" }));
    const summary = doc.querySelector("#summary")?.textContent ?? "";
    expect(summary).toContain("Marc Dupont has been in contact with Yellow Telecom since 3 Mar 2025, 09:15:00 GMT+1 (Europe/Paris): 1 contact attempts and 4 messages are recorded");
    expect(doc.querySelector("#promises")?.textContent).toContain("A technician will call you back within 48 hours.");
    expect(doc.querySelector("#proof")?.textContent).toContain("does not prove by itself that the brand's server sent that content");
    // The reality engine's reading as of the export: the chat answered both contact attempts within 48 hours.
    expect([...(doc.querySelectorAll("#reality tbody td") ?? [])].map((td) => td.textContent)).toEqual([
      PROMISE_QUOTE,
      "5 Mar 2025, 09:18:00 GMT+1 (Europe/Paris)",
      "kept in time for 2 of the 2 contact attempts it applies to",
      "kept",
    ]);
    expect(doc.querySelectorAll("#annex tbody tr").length).toBe(sample.events.length + sample.artifacts.length);
  });

  it("links pictures by relative path in a bundle, embeds them as data: URIs alone", () => {
    const linked = parse(renderDossierHtml({ caseFile, artifacts: sample.artifacts, lang: "en", images: "linked" }));
    expect([...linked.querySelectorAll("figure img")].map((i) => i.getAttribute("src"))).toEqual(sample.artifacts.map((a) => a.path));
    const embedded = parse(renderDossierHtml({ caseFile, artifacts: sample.artifacts, lang: "en", images: "embedded" }));
    const sources = [...embedded.querySelectorAll("figure img")].map((i) => i.getAttribute("src") ?? "");
    expect(sources.map((s) => s.slice(0, 22))).toEqual(["data:image/png;base64,", "data:image/png;base64,"]);
    expect(Buffer.from(sources[0]?.slice(22) ?? "", "base64")).toEqual(Buffer.from(sample.artifacts[0]?.bytes ?? []));
  });

  it("speaks French when asked", () => {
    const doc = parse(renderDossierHtml({ caseFile, artifacts: sample.artifacts, lang: "fr", images: "linked" }));
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    expect(doc.querySelector("#timeline h2")?.textContent).toBe("Chronologie");
    expect(doc.querySelector("#summary")?.textContent).toContain("est en contact avec Yellow Telecom depuis le 3 mars 2025");
  });

  it("leaves the section out when the case has no promise", async () => {
    const noPromise = { ...caseFile, events: caseFile.events.filter((e) => e.kind !== "promise") };
    expect(parse(renderDossierHtml({ caseFile: noPromise, artifacts: [], lang: "en", images: "linked" })).querySelector("#reality")).toBeNull();
  });

  it("renders a table it is given instead, escaped like the rest", () => {
    const reality = {
      heading: "Promises against reality",
      columns: { promise: "Promise", due: "Due", happened: "What happened", verdict: "Verdict" },
      rows: [{ promise: "<b>call back</b>", due: "5 Mar", happened: "nobody called", verdict: "broken" as const }],
      verdictWords: { kept: "kept", broken: "broken", pending: "pending", unclear: "unclear" },
      figures: [{ label: "Promises broken", value: "1 of 1" }],
    };
    const doc = parse(renderDossierHtml({ caseFile, artifacts: [], lang: "en", images: "linked", reality }));
    expect(doc.querySelector("#reality td")?.textContent).toBe("<b>call back</b>");
    expect(doc.querySelectorAll("#reality b").length).toBe(0);
  });
});

describe("the CSV timeline", () => {
  it("defuses formulas and quotes what needs quoting", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 6 12")).toBe("'+33 6 12");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("has one row per event, times with their offset, and the event's hash", () => {
    const csv = renderTimelineCsv(caseFile, "en");
    const rows = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(rows).toHaveLength(1 + sample.events.length);
    const first = sample.events[0];
    expect(rows[1]?.startsWith(`${isoWithOffset(first?.occurred.at ?? 0, "Europe/Paris")},Europe/Paris,`)).toBe(true);
    expect(rows[1]).toContain(first?.hash);
    expect(csv).toContain(`"'${FORMULA_TEXT.replace(/"/g, '""')}"`);
  });

  it("writes local time with the zone's offset, across a daylight-saving change", () => {
    expect(isoWithOffset(Date.UTC(2025, 2, 30, 0, 30), "Europe/Paris")).toBe("2025-03-30T01:30:00.000+01:00");
    expect(isoWithOffset(Date.UTC(2025, 2, 30, 1, 30, 0, 250), "Europe/Paris")).toBe("2025-03-30T03:30:00.250+02:00");
    expect(isoWithOffset(Date.UTC(2025, 0, 1, 12), "America/St_Johns")).toBe("2025-01-01T08:30:00.000-03:30");
  });
});

describe("times in the dossier", () => {
  it("give the same local time and offset as Intl, every quarter hour across two years of zone changes", { timeout: 60_000 }, () => {
    const zones = ["Europe/Paris", "America/New_York", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "UTC"];
    const formats = new Map(zones.map((zone) => [zone, new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "longOffset" })]));
    const parts = (at: number, zone: string) => {
      const p = Object.fromEntries((formats.get(zone) as Intl.DateTimeFormat).formatToParts(at).map((x) => [x.type, x.value]));
      const offset = p.timeZoneName === "GMT" ? "+00:00" : (p.timeZoneName ?? "").replace("GMT", "");
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.000${offset}`;
    };
    for (const zone of zones) {
      // Every 1 h 45 min and a second: lands on every quarter hour of the day over the weeks.
      for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2026, 0, 1); at += 15 * 60_000 * 7 + 1000) {
        const whole = at - (at % 1000);
        expect(isoWithOffset(whole, zone), `${zone} ${new Date(whole).toISOString()}`).toBe(parts(whole, zone));
      }
    }
  });
});
