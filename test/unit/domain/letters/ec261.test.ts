import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { airportByCode, allAirports } from "../../../../src/domain/letters/flight/airports";
import {
  assess,
  BAND_EUR,
  compensationBand,
  downgradingShare,
  noticeOf,
  regulationApplies,
  routeBetween,
  scopeBetween,
  type Disruption,
  type FlightScope,
} from "../../../../src/domain/letters/flight/ec261";
import { EARTH_RADIUS_KM, greatCircleKm } from "../../../../src/domain/letters/flight/great-circle";

const H = 60;
const D = 24 * H;

/** The same sphere by the spherical law of cosines: another formula, to check the haversine against. */
function lawOfCosinesKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const c = Math.sin(r(a.lat)) * Math.sin(r(b.lat)) + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.cos(r(b.lon - a.lon));
  return EARTH_RADIUS_KM * Math.acos(Math.max(-1, Math.min(1, c)));
}

describe("great-circle distance (Article 7(4))", () => {
  it("gives a quarter and a half of the Earth's circumference where geometry says", () => {
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm({ lat: 48.7, lon: 2.3 }, { lat: 48.7, lon: 2.3 })).toBe(0);
  });

  it("agrees with the law of cosines on the same sphere, is symmetric and keeps the triangle inequality", () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        const ab = greatCircleKm(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        // Haversine is ill-conditioned near antipodal points (asin close to 1): about 1e-4 km of rounding
        // there, far below the whole kilometres the bands compare. Bounds allow one metre.
        expect(ab).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-3);
        expect(Math.abs(ab - greatCircleKm(b, a))).toBeLessThan(1e-6);
        // The law of cosines loses precision for very short distances: compare beyond 1 km.
        if (ab > 1) expect(Math.abs(ab - lawOfCosinesKm(a, b))).toBeLessThan(0.01);
        expect(ab).toBeLessThanOrEqual(greatCircleKm(a, c) + greatCircleKm(c, b) + 1e-3);
      }),
    );
  });

  it("measures real routes between airports of the table", () => {
    // Published great-circle distances, rounded: Paris CDG–New York JFK about 5,835 km, Paris CDG–London
    // Heathrow about 347 km, Paris Orly–Réunion about 9,350 km, Helsinki–Tenerife South about 4,700 km.
    expect(routeBetween("CDG", "JFK")?.distanceKm).toBeGreaterThan(5800);
    expect(routeBetween("CDG", "JFK")?.distanceKm).toBeLessThan(5870);
    expect(routeBetween("cdg", " lhr ")?.distanceKm).toBeGreaterThan(330);
    expect(routeBetween("CDG", "LHR")?.distanceKm).toBeLessThan(360);
    expect(routeBetween("ORY", "RUN")?.distanceKm).toBeGreaterThan(9300);
    expect(routeBetween("ORY", "RUN")?.distanceKm).toBeLessThan(9400);
    expect(routeBetween("HEL", "TFS")?.distanceKm).toBeGreaterThan(4600);
    expect(routeBetween("HEL", "TFS")?.distanceKm).toBeLessThan(4800);
    expect(routeBetween("CDG", "XXX")).toBeUndefined();
    expect(routeBetween("", "CDG")).toBeUndefined();
  });

  it("has a well-formed table: unique codes, coordinates on Earth", () => {
    const airports = allAirports();
    expect(airports.length).toBeGreaterThan(100);
    for (const a of airports) {
      expect(a.iata).toMatch(/^[A-Z]{3}$/);
      expect(Math.abs(a.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(a.lon)).toBeLessThanOrEqual(180);
      expect(a.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(airportByCode("RUN")?.region).toBe("fr-overseas");
    expect(airportByCode("LHR")?.region).toBe("other");
    expect(airportByCode("ZRH")?.region).toBe("eea-ch");
    expect(airportByCode("TFS")?.region).toBe("eu");
  });
});

describe("Article 7(1): compensation bands", () => {
  it.each<[number, FlightScope, string]>([
    [300, "intra-eu", "a"],
    [1500, "intra-eu", "a"],
    [1500, "other", "a"],
    [1500.4, "other", "a"],
    [1500.5, "other", "b"],
    [1501, "intra-eu", "b"],
    [1501, "other", "b"],
    [3500, "other", "b"],
    [3500, "intra-eu", "b"],
    [3501, "other", "c"],
    [3501, "intra-eu", "b"],
    [9350, "intra-eu", "b"],
    [9350, "eu-french-overseas", "b"],
    [9350, "other", "c"],
    [1400, "eu-french-overseas", "a"],
  ])("%d km, %s → band (%s)", (km, scope, band) => {
    expect(compensationBand(km, scope)).toBe(band);
  });

  it("pays 250, 400 and 600 euros", () => {
    expect(BAND_EUR).toEqual({ a: 250, b: 400, c: 600 });
  });
});

describe("Article 10(2): downgrading shares", () => {
  it.each<[number, FlightScope, number]>([
    [800, "intra-eu", 0.3],
    [1500, "intra-eu", 0.3],
    [1500, "other", 0.3],
    [1500, "eu-french-overseas", 0.3],
    [1501, "intra-eu", 0.5],
    [4700, "intra-eu", 0.5],
    [1501, "other", 0.5],
    [3500, "other", 0.5],
    [3501, "other", 0.75],
    // Between the European territory of the Member States and the French overseas departments: 75 % beyond 1500 km.
    [1501, "eu-french-overseas", 0.75],
    [6800, "eu-french-overseas", 0.75],
    [9350, "eu-french-overseas", 0.75],
  ])("%d km, %s → %d", (km, scope, share) => {
    expect(downgradingShare(km, scope)).toBe(share);
  });

  it("gives back the share of the ticket's price, to the cent", () => {
    expect(assess(9350, "eu-french-overseas", { kind: "downgrading", ticketPrice: 1200 }).reimbursement).toEqual({ share: 0.75, ticketPrice: 1200, amount: 900 });
    expect(assess(700, "intra-eu", { kind: "downgrading", ticketPrice: 199.99 }).reimbursement?.amount).toBe(60);
    expect(assess(2000, "intra-eu", { kind: "downgrading", ticketPrice: 333.33 }).reimbursement?.amount).toBe(166.67);
  });

  it("reads the scope from the airports: Paris–Réunion is the French overseas case, Helsinki–Tenerife intra-Community", () => {
    const paris = airportByCode("CDG")!;
    expect(scopeBetween(paris, airportByCode("RUN")!)).toBe("eu-french-overseas");
    expect(scopeBetween(airportByCode("PTP")!, paris)).toBe("eu-french-overseas");
    expect(scopeBetween(airportByCode("PTP")!, airportByCode("FDF")!)).toBe("intra-eu");
    expect(scopeBetween(airportByCode("HEL")!, airportByCode("TFS")!)).toBe("intra-eu");
    expect(scopeBetween(paris, airportByCode("JFK")!)).toBe("other");
    expect(scopeBetween(paris, airportByCode("LHR")!)).toBe("other");
    expect(scopeBetween(airportByCode("ZRH")!, airportByCode("JFK")!)).toBe("other");
    expect(scopeBetween(airportByCode("ZRH")!, paris)).toBeUndefined();
    const route = routeBetween("ORY", "RUN")!;
    expect(downgradingShare(route.distanceKm, route.scope!)).toBe(0.75);
    expect(compensationBand(route.distanceKm, route.scope!)).toBe("b");
  });
});

describe("Article 3(1): where the regulation applies", () => {
  it.each([
    [true, false, false, true],
    [true, true, false, true],
    [false, true, true, true],
    [false, true, false, false],
    [false, false, true, false],
  ])("departs from the EU %s, arrives %s, EU carrier %s → %s", (departsFromEu, arrivesInEu, euCarrier, applies) => {
    expect(regulationApplies({ departsFromEu, arrivesInEu, euCarrier })).toBe(applies);
  });
});

const T = 1_000_000;
const delay = (minutes: number): Disruption => ({ kind: "delay", scheduledArrival: T, actualArrival: T + minutes });

describe("delay at arrival (Sturgeon): three hours or more", () => {
  it("gives nothing under three hours, the band from three hours", () => {
    expect(assess(800, "intra-eu", delay(3 * H - 1))).toMatchObject({ noCompensation: "delay-under-three-hours", arrivalDelayMinutes: 179 });
    expect(assess(800, "intra-eu", delay(3 * H)).compensation).toEqual({ band: "a", full: 250, amount: 250 });
    expect(assess(2000, "intra-eu", delay(3 * H + 1)).compensation).toEqual({ band: "b", full: 400, amount: 400 });
  });

  it("halves it where the arrival stays within the band's hours (Article 7(2)), as Sturgeon applied it", () => {
    expect(assess(2000, "intra-eu", delay(3 * H)).compensation).toEqual({ band: "b", full: 400, amount: 200, reduced: { withinHours: 3, lateMinutes: 180 } });
    expect(assess(6000, "other", delay(3 * H + 30)).compensation).toMatchObject({ full: 600, amount: 300, reduced: { withinHours: 4 } });
    expect(assess(6000, "other", delay(4 * H)).compensation).toMatchObject({ amount: 300 });
    expect(assess(6000, "other", delay(4 * H + 1)).compensation).toEqual({ band: "c", full: 600, amount: 600 });
  });
});

describe("Article 5(1)(c): cancellation and the notice given", () => {
  const departure = 100 * D;
  const arrival = departure + 2 * H;
  const cancelled = (informedBefore: number, rerouting?: { departure: number; arrival: number }): Disruption => ({
    kind: "cancellation",
    scheduledDeparture: departure,
    scheduledArrival: arrival,
    informedAt: departure - informedBefore,
    ...(rerouting ? { rerouting } : {}),
  });

  it("sorts the notice at its boundaries: two weeks, seven days", () => {
    expect(noticeOf(departure - 14 * D, departure)).toBe("two-weeks-or-more");
    expect(noticeOf(departure - 14 * D + 1, departure)).toBe("seven-to-fourteen-days");
    expect(noticeOf(departure - 7 * D, departure)).toBe("seven-to-fourteen-days");
    expect(noticeOf(departure - 7 * D + 1, departure)).toBe("under-seven-days");
    expect(noticeOf(departure + 30, departure)).toBe("under-seven-days");
  });

  it("owes nothing when told at least two weeks before, re-routed or not", () => {
    expect(assess(800, "intra-eu", cancelled(14 * D))).toMatchObject({ notice: "two-weeks-or-more", noCompensation: "informed-two-weeks-before" });
    expect(assess(800, "intra-eu", cancelled(20 * D)).compensation).toBeUndefined();
  });

  it("7 to 13 days: nothing if re-routed from 2 h earlier to less than 4 h later, else the band", () => {
    expect(assess(800, "intra-eu", cancelled(10 * D, { departure: departure - 2 * H, arrival: arrival + 4 * H - 1 }))).toMatchObject({ noCompensation: "informed-a-week-before-and-rerouted" });
    expect(assess(800, "intra-eu", cancelled(10 * D, { departure: departure - 2 * H - 1, arrival: arrival + H })).compensation).toMatchObject({ full: 250, amount: 125 });
    expect(assess(800, "intra-eu", cancelled(10 * D, { departure: departure + H, arrival: arrival + 4 * H })).compensation).toEqual({ band: "a", full: 250, amount: 250 });
    expect(assess(800, "intra-eu", cancelled(7 * D)).compensation).toEqual({ band: "a", full: 250, amount: 250 });
  });

  it("under 7 days: nothing if re-routed from 1 h earlier to less than 2 h later; the reduction when within the band's hours", () => {
    expect(assess(800, "intra-eu", cancelled(2 * D, { departure: departure - H, arrival: arrival + 2 * H - 1 }))).toMatchObject({ notice: "under-seven-days", noCompensation: "informed-late-and-rerouted-close" });
    expect(assess(800, "intra-eu", cancelled(2 * D, { departure: departure - H, arrival: arrival + 2 * H })).compensation).toEqual({ band: "a", full: 250, amount: 125, reduced: { withinHours: 2, lateMinutes: 120 } });
    expect(assess(800, "intra-eu", cancelled(2 * D, { departure: departure - H - 1, arrival: arrival })).compensation).toMatchObject({ amount: 125 });
    expect(assess(6000, "other", cancelled(0, { departure: departure + 5 * H, arrival: arrival + 5 * H })).compensation).toEqual({ band: "c", full: 600, amount: 600 });
    expect(assess(6000, "other", cancelled(0))).toMatchObject({ notice: "under-seven-days", compensation: { amount: 600 } });
  });
});

describe("Article 4(3): denied boarding", () => {
  it("compensates at once; re-routing within the band's hours allows the reduction", () => {
    expect(assess(800, "intra-eu", { kind: "denied-boarding", scheduledArrival: T }).compensation).toEqual({ band: "a", full: 250, amount: 250 });
    expect(assess(800, "intra-eu", { kind: "denied-boarding", scheduledArrival: T, rerouting: { arrival: T + 2 * H } }).compensation).toMatchObject({ amount: 125 });
    expect(assess(800, "intra-eu", { kind: "denied-boarding", scheduledArrival: T, rerouting: { arrival: T + 2 * H + 1 } }).compensation).toMatchObject({ amount: 250 });
    expect(assess(3200, "other", { kind: "denied-boarding", scheduledArrival: T, rerouting: { arrival: T + 3 * H } }).compensation).toMatchObject({ full: 400, amount: 200 });
  });
});
