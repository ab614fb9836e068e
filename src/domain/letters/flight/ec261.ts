// Regulation (EC) No 261/2004 (air passenger rights), the parts a claim letter rests on. Pure; every
// boundary below is the regulation's own wording, tested at the boundary itself.
//
// - Article 3(1): it applies to passengers departing from an airport in a Member State, and to those
//   departing from a third country to a Member State on a Community carrier. (Iceland, Norway and
//   Switzerland apply it by agreement with the EU: they count as Member States here.)
// - Article 7(1): compensation of EUR 250 for flights of 1500 km or less; EUR 400 for intra-Community
//   flights of more than 1500 km and for all other flights between 1500 and 3500 km; EUR 600 otherwise.
//   Article 7(4): distances by the great circle route method (great-circle.ts), to the final destination.
// - Article 7(2): when re-routing brings the passenger to the final destination within 2, 3 or 4 hours of
//   the scheduled arrival (by the same three bands), the carrier may reduce the compensation by 50 %.
// - Delay: the regulation gives compensation for cancellation and denied boarding; the Court of Justice
//   held (Sturgeon and Others, joined cases C-402/07 and C-432/07, 19 November 2009; confirmed in Nelson
//   and Others, C-581/10 and C-629/10) that an arrival three hours or more late gives the same right, and
//   that Article 7(2)'s reduction applies to it likewise.
// - Article 5(1)(c): no compensation for a cancellation if the passenger was informed (i) at least two
//   weeks before the scheduled departure; (ii) between two weeks and seven days before, and offered
//   re-routing departing no more than two hours before the scheduled departure and arriving less than
//   four hours after the scheduled arrival; (iii) less than seven days before, and offered re-routing
//   departing no more than one hour before and arriving less than two hours after.
// - Article 4(3): denied boarding against the passenger's will gives compensation at once (Article 7).
// - Article 10(2): downgrading gives back, within seven days, 30 % of the ticket's price for flights of
//   1500 km or less; 50 % for intra-Community flights of more than 1500 km, except flights between the
//   European territory of the Member States and the French overseas departments, and for all other
//   flights between 1500 and 3500 km; 75 % for all other flights, including those between the European
//   territory of the Member States and the French overseas departments.
import { airportByCode, type Airport } from "./airports";
import { greatCircleKm } from "./great-circle";

/** What Articles 7(1) and 10(2) need to know about where a flight went. */
export type FlightScope = "intra-eu" | "eu-french-overseas" | "other";
export const FLIGHT_SCOPES: readonly FlightScope[] = ["intra-eu", "eu-french-overseas", "other"];

/** Article 7(1)(a), (b) or (c). */
export type Band = "a" | "b" | "c";

export const BAND_EUR: Record<Band, number> = { a: 250, b: 400, c: 600 };
/** Article 7(2): the re-routed arrival, within this many hours of the scheduled one, allows the 50 % reduction. */
export const BAND_REDUCTION_HOURS: Record<Band, number> = { a: 2, b: 3, c: 4 };

const HOUR = 60;
const DAY = 24 * HOUR;

/** Distances are compared in whole kilometres, as the letter states them (see great-circle.ts on precision). */
export function wholeKm(distanceKm: number): number {
  return Math.round(distanceKm);
}

/** Article 7(1): the band of a flight. Flights to the French overseas departments are intra-Community flights. */
export function compensationBand(distanceKm: number, scope: FlightScope): Band {
  const km = wholeKm(distanceKm);
  if (km <= 1500) return "a";
  if (scope !== "other") return "b";
  return km <= 3500 ? "b" : "c";
}

/** Article 10(2): the share of the ticket's price given back for a downgrade. */
export function downgradingShare(distanceKm: number, scope: FlightScope): 0.3 | 0.5 | 0.75 {
  const km = wholeKm(distanceKm);
  if (km <= 1500) return 0.3;
  if (scope === "intra-eu") return 0.5;
  if (scope === "other" && km <= 3500) return 0.5;
  return 0.75;
}

const inEu = (airport: Airport) => airport.region === "eu" || airport.region === "fr-overseas";

/**
 * Where a flight between two known airports stands; undefined when the table cannot say (a flight to or
 * from Iceland, Norway or Switzerland, other than to the rest of the world): the person says.
 */
export function scopeBetween(from: Airport, to: Airport): FlightScope | undefined {
  if (inEu(from) && inEu(to)) {
    const overseas = (from.region === "fr-overseas") !== (to.region === "fr-overseas");
    return overseas ? "eu-french-overseas" : "intra-eu";
  }
  if (from.region === "other" || to.region === "other") return "other";
  return undefined;
}

/** Article 3(1): a departure from a Member State, or an arrival there on a Community carrier. */
export function regulationApplies(facts: { departsFromEu: boolean; arrivesInEu: boolean; euCarrier: boolean }): boolean {
  return facts.departsFromEu || (facts.arrivesInEu && facts.euCarrier);
}

export const regulationRegion = (airport: Airport) => airport.region !== "other";

export interface Route {
  from: Airport;
  to: Airport;
  distanceKm: number;
  scope: FlightScope | undefined;
}

/** The great-circle route between two IATA codes of the table; undefined if either is unknown. */
export function routeBetween(fromCode: string, toCode: string): Route | undefined {
  const from = airportByCode(fromCode);
  const to = airportByCode(toCode);
  if (!from || !to) return undefined;
  return { from, to, distanceKm: greatCircleKm(from, to), scope: scopeBetween(from, to) };
}

/** Times are wall-clock minutes (letter-format.ts WallTime): departure times at the departure, arrivals at the arrival. */
export type Disruption =
  | { kind: "delay"; scheduledArrival: number; actualArrival: number }
  | {
      kind: "cancellation";
      scheduledDeparture: number;
      scheduledArrival: number;
      /** When the passenger was told (at the latest, at the airport). */
      informedAt: number;
      rerouting?: { departure: number; arrival: number };
    }
  | { kind: "denied-boarding"; scheduledArrival: number; rerouting?: { arrival: number } }
  | { kind: "downgrading"; ticketPrice: number };

export type Notice = "two-weeks-or-more" | "seven-to-fourteen-days" | "under-seven-days";

export type NoCompensation =
  /** Arrival less than three hours late. */
  | "delay-under-three-hours"
  /** Article 5(1)(c)(i). */
  | "informed-two-weeks-before"
  /** Article 5(1)(c)(ii). */
  | "informed-a-week-before-and-rerouted"
  /** Article 5(1)(c)(iii). */
  | "informed-late-and-rerouted-close";

export interface Compensation {
  band: Band;
  /** Article 7(1), in euros. */
  full: number;
  /** What is claimed: `full`, or half of it when Article 7(2) allows the reduction. */
  amount: number;
  /** Article 7(2): the reduction applies; the arrival was this many minutes after the scheduled one, within `withinHours`. */
  reduced?: { withinHours: number; lateMinutes: number };
}

export interface Assessment {
  distanceKm: number;
  band: Band;
  /** Minutes between the scheduled arrival and the actual (or re-routed) one, where known. */
  arrivalDelayMinutes?: number;
  notice?: Notice;
  compensation?: Compensation;
  noCompensation?: NoCompensation;
  /** Downgrading (Article 10(2)). */
  reimbursement?: { share: 0.3 | 0.5 | 0.75; ticketPrice: number; amount: number };
}

/** Article 5(1)(c): how long before the scheduled departure the passenger was told of the cancellation. */
export function noticeOf(informedAt: number, scheduledDeparture: number): Notice {
  const before = scheduledDeparture - informedAt;
  if (before >= 14 * DAY) return "two-weeks-or-more";
  if (before >= 7 * DAY) return "seven-to-fourteen-days";
  return "under-seven-days";
}

/** Article 5(1)(c)(ii) and (iii): whether the re-routing offered was close enough to the booked times to owe nothing. */
export function reroutingExcuses(notice: Notice, scheduled: { departure: number; arrival: number }, rerouting: { departure: number; arrival: number }): boolean {
  if (notice === "two-weeks-or-more") return true;
  const [earlier, later] = notice === "seven-to-fourteen-days" ? [2 * HOUR, 4 * HOUR] : [1 * HOUR, 2 * HOUR];
  return rerouting.departure >= scheduled.departure - earlier && rerouting.arrival < scheduled.arrival + later;
}

function compensation(band: Band, lateMinutes: number | undefined): Compensation {
  const full = BAND_EUR[band];
  const withinHours = BAND_REDUCTION_HOURS[band];
  if (lateMinutes !== undefined && lateMinutes <= withinHours * HOUR) {
    return { band, full, amount: full / 2, reduced: { withinHours, lateMinutes } };
  }
  return { band, full, amount: full };
}

export function assess(distanceKm: number, scope: FlightScope, disruption: Disruption): Assessment {
  const km = wholeKm(distanceKm);
  const band = compensationBand(km, scope);
  const base = { distanceKm: km, band };
  switch (disruption.kind) {
    case "delay": {
      const late = disruption.actualArrival - disruption.scheduledArrival;
      if (late < 3 * HOUR) return { ...base, arrivalDelayMinutes: late, noCompensation: "delay-under-three-hours" };
      return { ...base, arrivalDelayMinutes: late, compensation: compensation(band, late) };
    }
    case "cancellation": {
      const notice = noticeOf(disruption.informedAt, disruption.scheduledDeparture);
      const late = disruption.rerouting ? disruption.rerouting.arrival - disruption.scheduledArrival : undefined;
      const withDelay = late === undefined ? {} : { arrivalDelayMinutes: late };
      if (notice === "two-weeks-or-more") return { ...base, ...withDelay, notice, noCompensation: "informed-two-weeks-before" };
      const scheduled = { departure: disruption.scheduledDeparture, arrival: disruption.scheduledArrival };
      if (disruption.rerouting && reroutingExcuses(notice, scheduled, disruption.rerouting)) {
        return { ...base, ...withDelay, notice, noCompensation: notice === "seven-to-fourteen-days" ? "informed-a-week-before-and-rerouted" : "informed-late-and-rerouted-close" };
      }
      return { ...base, ...withDelay, notice, compensation: compensation(band, late) };
    }
    case "denied-boarding": {
      const late = disruption.rerouting ? disruption.rerouting.arrival - disruption.scheduledArrival : undefined;
      return { ...base, ...(late === undefined ? {} : { arrivalDelayMinutes: late }), compensation: compensation(band, late) };
    }
    case "downgrading": {
      const share = downgradingShare(km, scope);
      return { ...base, reimbursement: { share, ticketPrice: disruption.ticketPrice, amount: Math.round(disruption.ticketPrice * share * 100) / 100 } };
    }
  }
}
