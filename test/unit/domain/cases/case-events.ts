// Events for the case tests, built by kind with readable defaults.
import { EVIDENCE_MODEL_VERSION, type Case, type EvidenceEvent, type EventKind, type EventOfKind } from "../../../../src/domain/evidence";

export const T0 = Date.UTC(2026, 2, 2, 9, 0); // Monday 2 March 2026, 10:00 in Paris
export const HOUR = 3_600_000;
let counter = 0;

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: "case_0001-abcd",
    title: "Yellow Telecom",
    brand: { name: "Yellow Telecom", domains: ["yellow-telecom.fr"] },
    status: "open",
    created: { at: T0, timeZone: "Europe/Paris" },
    ...overrides,
  };
}

export function anEvent<K extends EventKind>(
  kind: K,
  payload: EventOfKind<K>["payload"],
  options: { at?: number; recordedAt?: number; byHand?: boolean; id?: string; caseId?: string } = {},
): EventOfKind<K> {
  counter += 1;
  const at = options.at ?? T0 + counter * 60_000;
  return {
    v: EVIDENCE_MODEL_VERSION,
    id: options.id ?? `evt_${String(counter).padStart(6, "0")}`,
    caseId: options.caseId ?? "case_0001-abcd",
    kind,
    recorded: { at: options.recordedAt ?? at, timeZone: "Europe/Paris" },
    occurred: { at, timeZone: "Europe/Paris" },
    collection: { method: options.byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140" },
    hash: null,
    previousHash: null,
    payload,
  } as unknown as EventOfKind<K>;
}

export function formAttempt(at: number, message = "My line is down."): EventOfKind<"contact-attempt"> {
  return anEvent("contact-attempt", { channel: "web-form", fields: [{ label: "Message", name: "m", type: "textarea", value: message, length: message.length }] }, { at });
}

export function chatLine(at: number, side: "person" | "agent" | "bot", author: string, text: string): EventOfKind<"message"> {
  return anEvent("message", { conversationId: "c1", event: "message", side, author, text }, { at });
}

export type AnyEvent = EvidenceEvent;
