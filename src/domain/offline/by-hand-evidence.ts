// A contact entered by hand becomes one event: the person's contact attempt on its channel, or,
// for a letter or e-mail the brand sent, the brand's response.
import type { ContactAttemptPayload, EmailAddress, ResponsePayload } from "../evidence";
import type { z } from "zod";
import type { ByHandEntry } from "./by-hand-entry";

export type ByHandEvidence =
  | { kind: "contact-attempt"; payload: z.infer<typeof ContactAttemptPayload> }
  | { kind: "response"; payload: z.infer<typeof ResponsePayload> };

/** Leaves out what the person left empty: absent, not "". */
function present<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== "")) as T;
}

export function mailboxText(m: EmailAddress): string {
  return m.name ? `${m.name} <${m.address}>` : m.address;
}

export function evidenceFromEntry(entry: ByHandEntry): ByHandEvidence {
  switch (entry.contact) {
    case "phone-call":
      return {
        kind: "contact-attempt",
        payload: present({
          channel: "phone",
          fields: [],
          target: entry.number,
          durationMinutes: entry.durationMinutes,
          spokeWith: entry.answeredBy,
          summary: entry.said,
          promised: entry.promised,
        }),
      };
    case "letter": {
      const letter = { channel: "letter", registered: entry.registered, trackingNumber: entry.trackingNumber } as const;
      return entry.direction === "received"
        ? { kind: "response", payload: present({ ...letter, text: entry.summary }) }
        : { kind: "contact-attempt", payload: present({ ...letter, fields: [], summary: entry.summary }) };
    }
    case "visit":
      return { kind: "contact-attempt", payload: present({ channel: "visit", fields: [], place: entry.place, spokeWith: entry.spokeWith, summary: entry.said }) };
    case "social-post":
      return { kind: "contact-attempt", payload: present({ channel: "social", fields: [], target: entry.url, platform: entry.platform, summary: entry.text }) };
    case "email": {
      const { email } = entry;
      return entry.direction === "received"
        ? { kind: "response", payload: present({ channel: "email", from: email.from ? mailboxText(email.from).slice(0, 500) : undefined, email }) }
        : { kind: "contact-attempt", payload: present({ channel: "email", fields: [], target: email.to.map(mailboxText).join(", ").slice(0, 8192) || undefined, email }) };
    }
  }
}
