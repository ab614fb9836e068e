// "How Receipts reads it" in plain words, in English and French, from the locale table itself.
import { describe, expect, it, vi } from "vitest";
import type { EvidenceEvent } from "../../../src/domain/evidence";

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const table = (await import(/* @vite-ignore */ new URL("../../../locales/messages.mjs", import.meta.url).href)) as {
  LOCALES: Record<string, number>;
  messagesFor(index: number): Record<string, ChromeMessage>;
};
let language: "en" | "fr" = "en";
const messages = { en: table.messagesFor(table.LOCALES.en!), fr: table.messagesFor(table.LOCALES.fr!) };

/** Chrome's getMessage over the table: "" for an unknown key. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[language][key];
  if (!entry) return "";
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => (entry.placeholders?.[name.toLowerCase()]?.content ?? "").replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? ""));
}

vi.mock("webextension-polyfill", () => ({ default: { i18n: { getMessage, getUILanguage: () => (language === "en" ? "en-GB" : "fr-FR") } } }));
const { readingWords, currentReading } = await import("../../../src/ui/promise-words");

describe("readingWords", () => {
  it.each([
    ["en", { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact" }, "Reply within 48 hours, counted from each contact"],
    ["fr", { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact" }, "Répondre sous 48 heures à compter de chaque prise de contact"],
    ["en", { kind: "refund", deadline: { type: "duration", amount: 1, unit: "weeks" }, clockStart: "order-date" }, "Refund within 1 week, counted from the order, return or cancellation"],
    ["fr", { kind: "refund", deadline: { type: "duration", amount: 14, unit: "business-days" }, clockStart: "order-date" }, "Rembourser sous 14 jours ouvrés à compter de la commande, du retour ou de l'annulation"],
    ["en", { kind: "callback", deadline: { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, clockStart: "statement" }, "Call back tomorrow before 18:00, counted from when it was said"],
    ["fr", { kind: "callback", deadline: { type: "before-time", dayOffset: 0, hour: 17, minute: 30 }, clockStart: "statement" }, "Rappeler aujourd'hui avant 17:30 à compter du moment où cela a été dit"],
    ["en", { kind: "channel-availability", deadline: { type: "always" }, clockStart: "each-contact" }, "Be reachable at any time (24/7)"],
    ["en", { kind: "resolution-time", deadline: { type: "fixed-date", date: "2025-03-15" }, clockStart: "fixed-date" }, "Solve the problem by 15 March 2025"],
    ["fr", { kind: "resolution-time", deadline: { type: "fixed-date", date: "2025-03-15" }, clockStart: "fixed-date" }, "Résoudre le problème, au plus tard le 15 mars 2025"],
    ["en", { kind: "refund", clockStart: "order-date" }, "Refund, with no deadline"],
    ["fr", { kind: "compensation", clockStart: "statement" }, "Dédommager, sans délai"],
  ] as const)("%s: %j reads “%s”", (lang, reading, words) => {
    language = lang;
    expect(readingWords(reading)).toBe(words);
  });
});

describe("currentReading", () => {
  const base = {
    v: 1 as const,
    caseId: "case_00000001",
    recorded: { at: 0, timeZone: "UTC" },
    occurred: { at: 0, timeZone: "UTC" },
    collection: { method: "automatic" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "156" },
    hash: null,
    previousHash: null,
  };
  const promise = {
    ...base,
    id: "evt_promise1",
    kind: "promise" as const,
    payload: { quote: "We reply within 48 hours.", reading: { kind: "reply-time" as const, deadline: { type: "duration" as const, amount: 48, unit: "hours" as const }, clockStart: "each-contact" as const, language: "en" as const, confidence: 0.8, matched: {} } },
  };
  const correction = (id: string, promiseId: string, amount: number): EvidenceEvent => ({
    ...base,
    id,
    kind: "promise-reading",
    payload: { promiseId, reading: { kind: "callback", deadline: { type: "duration", amount, unit: "hours" }, clockStart: "statement" } },
  });

  it("is Receipts' reading until the person corrects it", () => {
    expect(currentReading(promise, [promise])).toEqual({ reading: promise.payload.reading, corrected: false });
  });

  it("is the latest correction of that promise, in storage order; corrections of other promises do not count", () => {
    const events = [promise, correction("evt_fix00001", "evt_promise1", 2), correction("evt_fix00002", "evt_promise1", 3), correction("evt_fix00003", "evt_other001", 9)];
    expect(currentReading(promise, events)).toEqual({ reading: { kind: "callback", deadline: { type: "duration", amount: 3, unit: "hours" }, clockStart: "statement" }, corrected: true });
  });
});
