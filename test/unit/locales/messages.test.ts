import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { CaseStatus, ContactOutcomePayload, EVENT_KINDS, EVIDENCE_MODEL_VERSION, WithheldReason, type EvidenceEvent } from "../../../src/domain/evidence";

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
interface LocalesModule {
  MESSAGE_KEYS: string[];
  LOCALES: Record<string, number>;
  messagesFor(index: number): Record<string, ChromeMessage>;
}

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// A computed specifier: the table is plain JavaScript without type declarations.
const tablePath = new URL("locales/messages.mjs", `file://${ROOT}`).href;
const table = (await import(/* @vite-ignore */ tablePath)) as LocalesModule;
const en = table.messagesFor(table.LOCALES.en!);
const fr = table.messagesFor(table.LOCALES.fr!);

/** Chrome's i18n.getMessage over our table: "" for an unknown key, $NAME$ replaced by its substitution. */
function getMessage(messages: Record<string, ChromeMessage>, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return "";
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
    return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? "");
  });
}

vi.mock("webextension-polyfill", () => ({
  default: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => getMessage(en, key, subs), getUILanguage: () => "en" },
  },
}));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(join(ROOT, "src")).map((path) => ({ path: path.slice(ROOT.length), text: readFileSync(path, "utf8") }));

function usedKeys(): { literal: Map<string, string>; prefixes: Map<string, string> } {
  const literal = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const { path, text } of sources) {
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*(["'])([^"'\n]+)\1/g)) literal.set(m[2]!, path);
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*`([^`]*)`/g)) {
      const body = m[1]!;
      const at = body.indexOf("${");
      if (at === -1) literal.set(body, path);
      else prefixes.set(body.slice(0, at), path);
    }
  }
  const manifest = readFileSync(join(ROOT, "manifest.json"), "utf8");
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) literal.set(m[1]!, "manifest.json");
  return { literal, prefixes };
}

describe("every message the code asks for exists", () => {
  const { literal, prefixes } = usedKeys();

  it("the scan finds the code's messages (guards against a scan that finds nothing)", () => {
    expect(literal.size).toBeGreaterThan(20);
    expect([...prefixes.keys()].sort()).toEqual(expect.arrayContaining(["kind_", "status_", "outcome_", "withheld_"]));
  });

  it("every literal key in src/ and manifest.json is in the table", () => {
    const missing = [...literal].filter(([key]) => !table.MESSAGE_KEYS.includes(key)).map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it("every built key (t(`prefix${…}`)) has at least one message with that prefix", () => {
    const missing = [...prefixes].filter(([prefix]) => !table.MESSAGE_KEYS.some((k) => k.startsWith(prefix))).map(([p, where]) => `${p}… (${where})`);
    expect(missing).toEqual([]);
  });
});

describe("message families cover every value of the model", () => {
  // src/dashboard turns a status into a key with status.replace("-", "_"): one hyphen only.
  it.each(CaseStatus.options)("status %s has a message under the key the dashboard builds", (status) => {
    const key = `status_${status.replace("-", "_")}`;
    expect(key).toBe(`status_${status.replaceAll("-", "_")}`);
    expect(en[key]?.message).toBeTruthy();
  });

  it.each(EVENT_KINDS)("kind %s has a label", async (kind) => {
    const { kindLabel } = await import("../../../src/ui/evidence-text");
    const label = kindLabel(kind);
    expect(label).not.toMatch(/^kind_/);
    expect(label).toBe(en[`kind_${kind.replaceAll("-", "_")}`]?.message);
  });

  it.each(WithheldReason.options)("withheld reason %s reads as words", async (reason) => {
    const { fieldValueText } = await import("../../../src/ui/evidence-text");
    const text = fieldValueText({ label: "x", name: "x", type: "text", withheld: reason, length: 0 });
    expect(text).not.toMatch(/withheld_|\$WHAT\$/);
    expect(text).toContain(en[`withheld_${reason.replaceAll("-", "_")}`]!.message);
  });

  it.each(ContactOutcomePayload.shape.status.options)("outcome %s reads as words", async (status) => {
    const { eventSummary } = await import("../../../src/ui/evidence-text");
    const event = {
      v: EVIDENCE_MODEL_VERSION,
      id: "evt_00000002",
      caseId: "case_0001-abcd",
      kind: "contact-outcome",
      recorded: { at: 0, timeZone: "UTC" },
      occurred: { at: 0, timeZone: "UTC" },
      collection: { method: "automatic", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140" },
      hash: null,
      previousHash: null,
      payload: { attemptId: "evt_00000001", status, reference: "YT-48151" },
    } satisfies EvidenceEvent;
    const summary = eventSummary(event);
    expect(summary).not.toMatch(/outcome_|referenceIs|\$REF\$/);
    expect(summary).toContain(en[`outcome_${status}`]!.message);
    expect(summary).toContain("YT-48151");
  });
});

describe("count-bearing messages take the form their count needs", () => {
  const forms = (suffix: "_one" | "_other") => new Set(table.MESSAGE_KEYS.filter((k) => k.endsWith(suffix)).map((k) => k.slice(0, -suffix.length)));
  const ones = forms("_one");
  const others = forms("_other");

  it("every plural pair has both forms, in both languages, with the same placeholders", () => {
    expect(ones.size).toBeGreaterThan(20);
    expect([...ones].filter((base) => !others.has(base))).toEqual([]);
    // `channel_other`, `promiseKind_other`…: the value "other" of a family (channel_email, channel_phone…), not a plural form.
    const familyValue = (base: string) => table.MESSAGE_KEYS.some((k) => k.startsWith(`${base}_`) && k !== `${base}_other`);
    expect([...others].filter((base) => !ones.has(base) && !familyValue(base))).toEqual([]);
    // No key is both a plural pair and a plain message: the code could ask for either.
    expect([...ones].filter((base) => table.MESSAGE_KEYS.includes(base))).toEqual([]);
    for (const base of ones) {
      for (const messages of [en, fr]) {
        expect(messages[`${base}_one`]?.message.trim(), `${base}_one`).toBeTruthy();
        expect(messages[`${base}_other`]?.message.trim(), `${base}_other`).toBeTruthy();
        expect(Object.keys(messages[`${base}_one`]?.placeholders ?? {}), base).toEqual(Object.keys(messages[`${base}_other`]?.placeholders ?? {}));
      }
    }
  });

  it("every tn() and pluralKey() in src/ names a pair that exists", () => {
    const missing: string[] = [];
    let found = 0;
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/\b(?:tn|pluralKey)\(\s*(["'`])([^"'`\n]*)\1/g)) {
        found += 1;
        const body = m[2]!;
        const at = body.indexOf("${");
        if (at === -1 ? !ones.has(body) : ![...ones].some((base) => base.startsWith(body.slice(0, at)))) missing.push(`${body} (${path})`);
      }
      // A template with an expression: `figure_${key}` or `promiseWithin_${key(unit)}`.
      for (const m of text.matchAll(/\b(?:tn|pluralKey)\(\s*`([^`]*?)\$\{/g)) {
        found += 1;
        if (![...ones].some((base) => base.startsWith(m[1]!))) missing.push(`${m[1]}… (${path})`);
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("English: one for 1 only; French: one for 0 and 1 (Intl.PluralRules)", async () => {
    const { pluralKey } = await import("../../../src/domain/plural");
    const say = (messages: Record<string, ChromeMessage>, lang: string, n: number) => getMessage(messages, pluralKey("countCases", n, lang), String(n));
    expect([0, 1, 2, 1_000_000].map((n) => say(en, "en", n))).toEqual(["0 cases", "1 case", "2 cases", "1000000 cases"]);
    expect([0, 1, 2, 1_000_000].map((n) => say(fr, "fr", n))).toEqual(["0 dossier", "1 dossier", "2 dossiers", "1000000 dossiers"]);
    expect(getMessage(en, pluralKey("figure_attempts", 1, "en"))).toBe("contact attempt");
    expect(getMessage(fr, pluralKey("figure_attempts", 0, "fr"))).toBe("prise de contact");
    expect(getMessage(fr, pluralKey("deadlineWithin_calendar_days", 1, "fr"), "1")).toBe("sous 1 jour");
  });

  it("tn() reads the pages' language and defaults the substitution to the count", async () => {
    const { tn } = await import("../../../src/ui/i18n");
    expect(tn("countEvents", 1)).toBe("1 event");
    expect(tn("countEvents", 0)).toBe("0 events");
    expect(tn("importedNothingNew", 1, ["Yellow", "1"])).toBe("“Yellow”: nothing new: 1 event already stored.");
  });
});

describe("the table itself", () => {
  it("keys are valid Chrome message names", () => {
    expect(table.MESSAGE_KEYS.filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  it("keys are unique ignoring case (Chrome treats them case-insensitively)", () => {
    const lower = table.MESSAGE_KEYS.map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it("both languages have a non-empty message for every key", () => {
    for (const messages of [en, fr]) {
      expect(Object.keys(messages).sort()).toEqual([...table.MESSAGE_KEYS].sort());
      expect(table.MESSAGE_KEYS.filter((k) => !messages[k]?.message.trim())).toEqual([]);
    }
  });

  it("every $PLACEHOLDER$ used in a message is declared, and every declared one is used, in both languages", () => {
    const problems: string[] = [];
    for (const [lang, messages] of [["en", en], ["fr", fr]] as const) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        const used = new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
        const declared = new Set(Object.keys(placeholders ?? {}).map((p) => p.toLowerCase()));
        for (const name of used) if (!declared.has(name)) problems.push(`${lang}.${key}: $${name}$ not declared`);
        for (const name of declared) if (!used.has(name)) problems.push(`${lang}.${key}: ${name} declared but unused`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("placeholders substitute as the browser would", () => {
    expect(getMessage(en, "nowWatching", "www.yellow-telecom.fr")).toBe("Now watching www.yellow-telecom.fr.");
    expect(getMessage(fr, "eventsHeading", ["3"])).toBe("Preuves (3)");
  });

  it("stays within Chrome's limits: the name within 75 characters, the description within 132", () => {
    for (const messages of [en, fr]) {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it("the French is translated, not copied from the English", () => {
    // Words that are the same in both languages.
    const SAME_IN_BOTH = new Set(["Receipts", "Message", "Note"]);
    const copied = table.MESSAGE_KEYS.filter((k) => en[k]!.message === fr[k]!.message && !SAME_IN_BOTH.has(en[k]!.message));
    expect(copied).toEqual([]);
  });

  it("French punctuation is spaced: a space before ':' (no bare 'word:' in French)", () => {
    const bare = table.MESSAGE_KEYS.filter((k) => /[\p{L}\d)]:(\s|$)/u.test(fr[k]!.message));
    expect(bare).toEqual([]);
  });
});
