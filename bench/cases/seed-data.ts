// What the cases bench stores before it measures: 100 cases, one of them the reality bench's synthetic
// dispute of 10,000 events (bench/reality/synthetic-case.ts), the others a few contacts each, one of them
// for the site the popup is opened on. Every event is validated and sealed into its case's chain, as the
// extension itself would store it.
import { EvidenceEvent, type Case } from "../../src/domain/evidence";
import { sealChain } from "../../src/domain/integrity/event-hash";
import { syntheticCase } from "../reality/synthetic-case";

const PARIS = "Europe/Paris";
const HOUR = 3_600_000;

export interface BenchRow {
  event: EvidenceEvent;
  id: string;
  caseId: string;
  seq: number;
  siteHost?: string;
}

export interface BenchData {
  cases: Case[];
  rows: BenchRow[];
  bigCaseId: string;
  popupCaseId: string;
}

function smallCase(index: number, host: string, now: number): { theCase: Case; events: EvidenceEvent[] } {
  const id = `case-bench-small-${String(index).padStart(4, "0")}`;
  const created = now - (100 - index) * 24 * HOUR;
  const theCase: Case = { id, title: `Brand ${index}`, brand: { name: `Brand ${index}`, domains: [host] }, status: index % 7 === 0 ? "closed" : "open", created: { at: created, timeZone: PARIS } };
  const source = { url: `http://${host}/contact.html`, title: "Contact", frameOrigin: `http://${host}` };
  const collection = { method: "automatic" as const, extensionVersion: "0.1.0", browser: "Chromium", browserVersion: "bench" };
  const events: EvidenceEvent[] = [];
  for (let i = 0; i < 20; i += 1) {
    const at = created + i * 6 * HOUR;
    const base = { v: 1, id: `${id}-e${String(i).padStart(3, "0")}`, caseId: id, recorded: { at, timeZone: PARIS }, occurred: { at, timeZone: PARIS }, source, collection, hash: null, previousHash: null };
    const message = `Message ${i} about my line, still down.`;
    const payload =
      i === 0
        ? { kind: "promise", payload: { quote: "We reply within 48 hours.", reading: { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "en", confidence: 0.9, matched: {} } } }
        : i % 4 === 3
          ? { kind: "response", payload: { channel: "email", from: "care@brand.test", text: "We are looking into it." } }
          : { kind: "contact-attempt", payload: { channel: "web-form", fields: [{ label: "Message", name: "m", type: "textarea", value: message, length: message.length }] } };
    events.push(EvidenceEvent.parse({ ...base, ...payload }));
  }
  return { theCase, events };
}

export async function benchData(popupHost: string, now = Date.now()): Promise<BenchData> {
  const synthetic = syntheticCase(10_000);
  const bigId = "case-bench-0001";
  const big: Case = { id: bigId, title: "Yellow Telecom — four months", brand: { name: "Yellow Telecom", domains: ["yellow-telecom.test"] }, status: "open", created: synthetic.events[0]!.event.occurred };
  const groups: { theCase: Case; events: EvidenceEvent[] }[] = [{ theCase: big, events: synthetic.events.map((s) => EvidenceEvent.parse({ ...s.event, caseId: bigId, hash: null, previousHash: null })) }];
  for (let i = 1; i < 100; i += 1) groups.push(smallCase(i, i === 99 ? popupHost : `brand-${i}.test`, now));
  const rows: BenchRow[] = [];
  let seq = 0;
  for (const { events } of groups) {
    for (const event of await sealChain(events)) {
      seq += 1;
      const host = event.source ? new URL(event.source.url).hostname : undefined;
      rows.push({ event, id: event.id, caseId: event.caseId, seq, ...(host ? { siteHost: host } : {}) });
    }
  }
  return { cases: groups.map((g) => g.theCase), rows, bigCaseId: bigId, popupCaseId: groups[99]!.theCase.id };
}
