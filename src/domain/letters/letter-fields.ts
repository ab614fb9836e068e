// What the person types for a letter: every field, its kind, the values a choice offers, and which
// fields each template shows and needs. Values arrive as the form holds them (strings; a ticked box
// is "yes"), and are read by the templates, which say what is missing or wrong.
import { FLIGHT_SCOPES } from "./flight/ec261";
import type { TemplateId } from "./letter-model";
import { CURRENCIES } from "./money";

export type FieldKind = "text" | "textarea" | "date" | "datetime" | "amount" | "number" | "airport" | "select" | "checkbox";

interface FieldSpec {
  kind: FieldKind;
  options?: readonly string[];
}

export const SITUATIONS = ["delay", "cancellation", "denied-boarding", "downgrading"] as const;
export type Situation = (typeof SITUATIONS)[number];
export const CHARGEBACK_REASONS = ["not-provided", "not-as-described", "refund-not-received"] as const;
export type ChargebackReason = (typeof CHARGEBACK_REASONS)[number];
export const NEXT_STEPS = ["ombudsman", "court", "both"] as const;
export const DEADLINE_DAYS = ["8", "15", "30"] as const;

export const FIELDS = {
  senderName: { kind: "text" },
  senderAddress: { kind: "textarea" },
  senderEmail: { kind: "text" },
  place: { kind: "text" },
  recipientName: { kind: "text" },
  recipientAddress: { kind: "textarea" },
  customerReference: { kind: "text" },
  summary: { kind: "textarea" },
  request: { kind: "textarea" },
  obligation: { kind: "textarea" },
  demand: { kind: "textarea" },
  amountClaimed: { kind: "amount" },
  deadlineDays: { kind: "select", options: DEADLINE_DAYS },
  nextStep: { kind: "select", options: NEXT_STEPS },
  citeCivilCode: { kind: "checkbox" },
  situation: { kind: "select", options: SITUATIONS },
  flightNumber: { kind: "text" },
  flightDate: { kind: "date" },
  bookingReference: { kind: "text" },
  fromAirport: { kind: "airport" },
  toAirport: { kind: "airport" },
  distanceKm: { kind: "number" },
  flightScope: { kind: "select", options: FLIGHT_SCOPES },
  departsFromEu: { kind: "select", options: ["yes", "no"] },
  euCarrier: { kind: "select", options: ["yes", "no"] },
  scheduledDeparture: { kind: "datetime" },
  scheduledArrival: { kind: "datetime" },
  actualArrival: { kind: "datetime" },
  informedAt: { kind: "datetime" },
  presentedInTime: { kind: "checkbox" },
  rerouted: { kind: "checkbox" },
  reroutedDeparture: { kind: "datetime" },
  reroutedArrival: { kind: "datetime" },
  ticketPrice: { kind: "amount" },
  iban: { kind: "text" },
  merchantName: { kind: "text" },
  cardLastFour: { kind: "text" },
  transactionDate: { kind: "date" },
  amount: { kind: "amount" },
  currency: { kind: "select", options: CURRENCIES },
  chargebackReason: { kind: "select", options: CHARGEBACK_REASONS },
} as const satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;

/** The form as the person filled it. */
export type LetterInputs = Partial<Record<FieldId, string>>;

export interface FormField {
  id: FieldId;
  kind: FieldKind;
  options?: readonly string[];
  required: boolean;
}

/** What the case can say about the flight's airports, for the fields that depend on it. */
export interface FlightKnowledge {
  /** Both airports are in the table. */
  route: boolean;
  /** The route's scope could be read from the table. */
  scope: boolean;
  /** The departure airport is in the table (so whether it is in the EU is known). */
  departure: boolean;
  /** The departure is known to be outside the EU. */
  departsOutside: boolean;
}

const field = (id: FieldId, required: boolean): FormField => {
  const spec: FieldSpec = FIELDS[id];
  return { id, kind: spec.kind, ...(spec.options ? { options: spec.options } : {}), required };
};

/**
 * The fields a template shows, in order, and whether each is needed. Some depend on earlier answers:
 * the flight's situation, whether it was re-routed, what the airports tell.
 */
export function formFields(template: TemplateId, inputs: LetterInputs, flight?: FlightKnowledge, hasPromises = false): FormField[] {
  const postal = template === "formal-notice";
  const fields: FormField[] = [
    field("senderName", true),
    field("senderAddress", postal),
    field("senderEmail", false),
    field("place", false),
    field("recipientName", true),
    field("recipientAddress", postal),
    field("customerReference", false),
  ];
  const add = (id: FieldId, required: boolean) => fields.push(field(id, required));
  switch (template) {
    case "complaint":
      add("summary", true);
      add("request", true);
      break;
    case "formal-notice":
      // The obligation comes from the case's broken promises when it has some; else the person states it.
      add("obligation", !hasPromises);
      add("summary", false);
      add("demand", true);
      add("amountClaimed", false);
      add("currency", inputs.amountClaimed?.trim() ? true : false);
      add("deadlineDays", true);
      add("nextStep", true);
      add("citeCivilCode", false);
      break;
    case "air-passenger": {
      const situation = inputs.situation as Situation | undefined;
      add("situation", true);
      add("flightNumber", true);
      add("flightDate", true);
      add("bookingReference", false);
      add("fromAirport", false);
      add("toAirport", false);
      if (!flight?.route) add("distanceKm", true);
      if (!flight?.scope) add("flightScope", true);
      if (!flight?.departure) add("departsFromEu", true);
      if (flight?.departsOutside || inputs.departsFromEu === "no") add("euCarrier", true);
      const rerouted = inputs.rerouted === "yes";
      if (situation === "delay") {
        add("scheduledArrival", true);
        add("actualArrival", true);
      } else if (situation === "cancellation") {
        add("scheduledDeparture", true);
        add("scheduledArrival", true);
        add("informedAt", true);
        add("rerouted", false);
        if (rerouted) {
          add("reroutedDeparture", true);
          add("reroutedArrival", true);
        }
      } else if (situation === "denied-boarding") {
        add("presentedInTime", true);
        add("rerouted", false);
        if (rerouted) {
          add("scheduledArrival", true);
          add("reroutedArrival", true);
        }
      } else if (situation === "downgrading") {
        add("ticketPrice", true);
        add("currency", true);
      }
      add("iban", false);
      break;
    }
    case "chargeback":
      add("merchantName", true);
      add("cardLastFour", true);
      add("transactionDate", true);
      add("amount", true);
      add("currency", true);
      add("chargebackReason", true);
      add("summary", false);
      break;
    case "ombudsman":
      add("summary", true);
      add("request", true);
      break;
  }
  return fields;
}
