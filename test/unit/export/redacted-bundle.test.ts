// A bundle made with values hidden: nothing hidden is in any of its files, it verifies with the
// number of hidden values said plainly, a tampered copy gets its precise verdict, and a reveal of
// one value checks out against the signed commitment.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { reportLines, revealLines } from "../../../src/export/verify/report-text";
import { checkRevealFile } from "../../../src/export/verify/reveal-check";
import { revealFile } from "../../../src/domain/redaction/reveal";
import type { Hide } from "../../../src/domain/redaction/redact";
import { makeBundle, type MadeBundle } from "../../fixtures/dossier/make-bundle";
import { sampleCase, sampleCaseFile, HOSTILE_TEXT } from "../../fixtures/dossier/sample-case";
import { renderDossierHtml } from "../../../src/export/dossier-html";
import { renderTimelineCsv } from "../../../src/export/timeline-csv";
import { editJson, filesOf, rehash, rezip, text } from "../../fixtures/dossier/tamper";

// The sample story: evt-000000 is a web form (name, customer number, password, message), evt-000002
// the person's chat line, evt-000003 the agent's hostile line, evt-000007 a note with the collector's name.
const MESSAGE = "A subcontractor flooded my mother's wall while installing the fibre.";
const hides = (ids: (i: number) => string): Hide[] => [
  { eventId: ids(0), path: ["payload", "fields", 0, "value"], category: "name" },
  { eventId: ids(0), path: ["payload", "fields", 1, "value"], category: "text" },
  { eventId: ids(0), path: ["payload", "fields", 3, "value"], category: "text", range: { start: MESSAGE.indexOf("my mother's"), end: MESSAGE.indexOf(" wall") } },
  { eventId: ids(2), path: ["payload", "text"], category: "text", range: { start: 0, end: 7 } },
  { eventId: ids(3), path: ["payload", "text"], category: "text", range: { start: 0, end: 8 } },
  { eventId: ids(7), path: ["collection", "collector"], category: "name" },
];
const id = (i: number) => `evt-${String(i).padStart(6, "0")}`;

let v2: MadeBundle;
let v1: MadeBundle;
beforeAll(async () => {
  v2 = await makeBundle({ sample: await sampleCase({ sealing: 2 }), hides: hides(id) });
  v1 = await makeBundle({ sample: await sampleCase({ sealing: 1 }), hides: hides(id) });
});

describe("a bundle with hidden values", () => {
  it("holds none of the hidden values, nor any seed of theirs, in any file", () => {
    for (const made of [v2, v1]) {
      const files = filesOf(made.zip);
      expect(Object.keys(files)).toContain("redactions.json");
      const secrets = ["Marc Dupont", "C-778812", "mother", ...(made.redaction?.reveals.flatMap((r) => r.seeds) ?? []), ...made.sample.events.flatMap((e) => (e.opening && [0, 2, 3, 7].map(id).includes(e.id) ? [e.opening] : []))];
      expect(secrets.length).toBeGreaterThan(4);
      for (const [path, bytes] of Object.entries(files)) {
        const content = Buffer.from(bytes).toString("latin1") + text(bytes);
        for (const secret of secrets) expect(content.includes(secret), `${secret} in ${path}`).toBe(false);
      }
    }
  });

  it("marks each hidden value in the dossier and the CSV, and lists them in the annex and the log", () => {
    const files = filesOf(v2.zip);
    const html = text(files["dossier.html"]);
    expect(html).toContain("Your name: [hidden: name]");
    expect(html).toContain("A subcontractor flooded [hidden: selected text] wall while installing the fibre.");
    expect(html).toContain('id="annex-hidden"');
    expect(html).toContain("payload.fields[3].value");
    expect(html).toContain("The person hid 6 values");
    // The hostile line's shown part stays text.
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(HOSTILE_TEXT.slice(8)).toContain("<img");
    expect(text(files["timeline.csv"])).toContain("[hidden: name]");
    const log = JSON.parse(text(files["redactions.json"])) as { hiddenValues: number; entries: Array<{ path: string; category: string; sealing: number }> };
    expect(log.hiddenValues).toBe(6);
    expect(log.entries.map((e) => [e.path, e.category, e.sealing])).toContainEqual(["collection.collector", "name", 2]);
    expect(text(files["README.txt"])).toContain("redactions.json  the 6 values the person hid");
  });

  it("speaks French when the dossier does: labels, annex and the paragraph on hidden values", () => {
    const redaction = v2.redaction!;
    const caseFile = sampleCaseFile(v2.sample, v2.key.signer, redaction.events);
    const html = renderDossierHtml({ caseFile, artifacts: [], lang: "fr", images: "linked", redactions: redaction.log });
    expect(html).toContain("Your name: [masqué : nom]");
    expect(html).toContain("La personne a masqué 6 valeurs");
    expect(html).toContain("Valeurs masquées par la personne");
    expect(html).toContain("texte sélectionné (partie du texte)");
    expect(renderTimelineCsv(caseFile, "fr")).toContain("[masqué : texte sélectionné]");
  });

  it("verifies intact, says how many values the sender hid, and checks the chain through them (v2)", async () => {
    const report = await verifyBundle(v2.zip);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.hidden).toEqual({ values: 6, events: 4, vouched: [] });
    const lines = reportLines(report, "en");
    expect(lines[0]).toMatch(/^INTACT: .* 6 values hidden by the sender\.$/);
    expect(lines.join("\n")).toContain("The chain is still checked through the 4 events with hidden values sealed in format 2");
    expect(reportLines(report, "fr")[0]).toMatch(/6 valeurs masquées par l'expéditeur\.$/);
  });

  it("verifies intact with v1 events, and names those only the signature vouches for", async () => {
    const report = await verifyBundle(v1.zip);
    expect(report.verdict).toBe("intact");
    expect(report.hidden?.vouched.map((r) => r.eventId)).toEqual([id(0), id(2), id(3), id(7)]);
    expect(reportLines(report, "en").join("\n")).toContain("4 events with hidden values were sealed in the earlier format 1 (event #1 (evt-000000)");
  });

  it("names the event whose shown text was changed, even when the forger rehashed case.json", async () => {
    const zip = rezip(v2.zip, (files) => {
      editJson(files, "case.json", (c) => {
        const events = c.events as Array<{ payload: { text: unknown } }>;
        (events[2] as { payload: { text: { redactedText: unknown[] } } }).payload.text.redactedText[1] = "wall is dry now. ";
      });
    });
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("altered");
    expect(report.findings.map((f) => (f.kind === "chain" ? `chain:${f.finding.kind}` : f.kind))).toEqual(["file-changed", "chain:changed"]);
    expect(reportLines(report, "en")).toContain("- Changed: the content of event #3 (evt-000002) is not what was sealed.");
    const files = filesOf(zip);
    await rehash(files, "case.json");
    const resigned = await verifyBundle(rezip(v2.zip, (f) => Object.assign(f, files)));
    expect(resigned.findings.map((f) => (f.kind === "chain" ? `chain:${f.finding.kind}` : f.kind))).toEqual(["signature-invalid", "chain:changed"]);
  });

  it("names a removed event and two swapped ones among hidden values", async () => {
    const removed = await verifyBundle(rezip(v2.zip, (files) => editJson(files, "case.json", (c) => void (c.events as unknown[]).splice(2, 1))));
    expect(removed.findings.flatMap((f) => (f.kind === "chain" ? [f.finding.kind] : []))).toEqual(["removed", "head-mismatch"]);
    const swapped = await verifyBundle(
      rezip(v2.zip, (files) =>
        editJson(files, "case.json", (c) => {
          const events = c.events as unknown[];
          [events[2], events[3]] = [events[3], events[2]];
        }),
      ),
    );
    expect(swapped.findings.flatMap((f) => (f.kind === "chain" ? [f.finding.kind] : []))).toEqual(["reordered"]);
  });

  it("checks a reveal of one value against the signed commitment, and refuses a wrong one", () => {
    const redaction = v2.redaction!;
    const name = redaction.reveals.find((r) => r.path === "collection.collector")!;
    const good = checkRevealFile(v2.zip, JSON.stringify(revealFile(v2.sample.theCase.id, [name])));
    expect(good).toEqual({ ok: true, results: [{ entry: name, eventIndex: 7, outcome: { ok: true } }] });
    expect(revealLines(good, "en")).toEqual(['Revealed: collection.collector of event #8 (evt-000007) is "Marc Dupont": it matches the commitment in the bundle.']);
    const bad = checkRevealFile(v2.zip, JSON.stringify(revealFile(v2.sample.theCase.id, [{ ...name, value: "Someone Else" }])));
    expect(revealLines(bad, "en")[0]).toContain("it does NOT match the commitment in the bundle");
    expect(checkRevealFile(v2.zip, "{}")).toMatchObject({ ok: false, problem: "reveal-file-invalid" });
  });

  it("runs from the command line: npm run verify -- bundle.zip --reveal file", () => {
    const dir = mkdtempSync(join(tmpdir(), "receipts-reveal-"));
    try {
      writeFileSync(join(dir, "bundle.zip"), v2.zip);
      const reveal = v2.redaction!.reveals.find((r) => r.run !== undefined && r.path === "payload.fields[3].value")!;
      writeFileSync(join(dir, "reveal.json"), JSON.stringify(revealFile(v2.sample.theCase.id, [reveal])));
      const out = execFileSync(process.execPath, ["tools/verify/receipts-verify.mjs", join(dir, "bundle.zip"), "--reveal", join(dir, "reveal.json")], { encoding: "utf8" });
      expect(out).toMatch(/^INTACT: .* 6 values hidden by the sender\./);
      expect(out).toContain(`Revealed: payload.fields[3].value of event #1 (evt-000000) is "my mother's ": it matches the commitment in the bundle.`);
      writeFileSync(join(dir, "reveal.json"), JSON.stringify(revealFile(v2.sample.theCase.id, [{ ...reveal, value: "my father's " }])));
      let code = 0;
      try {
        execFileSync(process.execPath, ["tools/verify/receipts-verify.mjs", join(dir, "bundle.zip"), "--reveal", join(dir, "reveal.json")], { encoding: "utf8" });
      } catch (error) {
        code = (error as { status: number }).status;
      }
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
