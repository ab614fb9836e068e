// An air passenger's claim under Regulation (EC) No 261/2004: the flight, what happened to it (delay,
// cancellation, denied boarding, downgrading), the distance and the band it falls in, the amount claimed
// (with Article 7(2)'s reduction where it applies), the carrier's burden of proof, and how to pay.
// The flight's details are the person's; the rules are flight/ec261.ts. When the rules give nothing
// (a delay under three hours, a cancellation announced in time) the letter says so and is not ready.
import { airportByCode, type Airport } from "../flight/airports";
import { assess, regulationRegion, routeBetween, type Assessment, type Disruption, type FlightScope, type Route, wholeKm } from "../flight/ec261";
import type { FlightKnowledge, LetterInputs, Situation } from "../letter-fields";
import { formatHoursMinutes, formatNumber, formatWallTime, type WallTime } from "../letter-format";
import { compose, type Paragraph, type Segment } from "../letter-model";
import type { LetterReader } from "../letter-reader";
import { formatMoney } from "../money";
import type { Template, TemplateEnv } from "./template";

/** What the airports typed tell: the route when both are in the table, the departure's side of the EU. */
export function flightKnowledge(inputs: LetterInputs): FlightKnowledge & { routeFound?: Route } {
  const from = airportByCode(inputs.fromAirport ?? "");
  const route = routeBetween(inputs.fromAirport ?? "", inputs.toAirport ?? "");
  const usable = route && route.from.iata !== route.to.iata ? route : undefined;
  return {
    route: usable !== undefined,
    scope: usable?.scope !== undefined,
    departure: from !== undefined,
    departsOutside: from !== undefined && !regulationRegion(from),
    ...(usable ? { routeFound: usable } : {}),
  };
}

const eur = (amount: number, lang: TemplateEnv["lang"]) => formatMoney({ amount, currency: "EUR" }, lang);

function airportText(env: TemplateEnv, id: "fromAirport" | "toAirport", known: Airport | undefined): Segment {
  if (known) return env.say("airport", known.city, known.iata);
  return env.read.text(id, true);
}

/** A wall time typed for `id`, required. */
const timeOf = ({ read }: TemplateEnv, id: Parameters<LetterReader["wallTime"]>[0]) => read.wallTime(id, true);

/** What happened to the flight, in the letter's words, and as the rules read it (once all its times are known). */
function disruptionOf(env: TemplateEnv, situation: Situation): { disruption?: Disruption; paragraphs: Paragraph[] } {
  const { read, raw, say, lang } = env;
  const show = (t: WallTime) => formatWallTime(t, lang);
  const paragraphs: Paragraph[] = [];
  switch (situation) {
    case "delay": {
      const scheduled = timeOf(env, "scheduledArrival");
      const actual = timeOf(env, "actualArrival");
      if (scheduled && actual && actual.minutes < scheduled.minutes) read.problem("not-after-scheduled", "actualArrival");
      const late = scheduled && actual ? formatHoursMinutes(actual.minutes - scheduled.minutes, lang) : read.blank("actualArrival");
      paragraphs.push(compose(raw("airDelay"), read.orBlank("actualArrival", actual, show), read.orBlank("scheduledArrival", scheduled, show), late));
      paragraphs.push([say("airSturgeon")]);
      const ok = scheduled && actual && actual.minutes >= scheduled.minutes;
      return { ...(ok ? { disruption: { kind: "delay", scheduledArrival: scheduled.minutes, actualArrival: actual.minutes } } : {}), paragraphs };
    }
    case "cancellation": {
      const departure = timeOf(env, "scheduledDeparture");
      const arrival = timeOf(env, "scheduledArrival");
      const informed = timeOf(env, "informedAt");
      const rerouted = read.checked("rerouted");
      const rDeparture = rerouted ? timeOf(env, "reroutedDeparture") : undefined;
      const rArrival = rerouted ? timeOf(env, "reroutedArrival") : undefined;
      if (informed && departure && informed.minutes >= departure.minutes) {
        paragraphs.push(compose(raw("airCancelledLate"), show(informed), show(departure)));
      } else {
        const before = informed && departure ? beforeText(departure.minutes - informed.minutes, env) : read.blank("informedAt");
        paragraphs.push(compose(raw("airCancelled"), read.orBlank("informedAt", informed, show), before, read.orBlank("scheduledDeparture", departure, show)));
      }
      if (rerouted) paragraphs.push(compose(raw("airReroutedBoth"), read.orBlank("reroutedDeparture", rDeparture, show), read.orBlank("reroutedArrival", rArrival, show)));
      const complete = departure && arrival && informed && (!rerouted || (rDeparture && rArrival));
      if (!complete) return { paragraphs };
      return {
        disruption: {
          kind: "cancellation",
          scheduledDeparture: departure.minutes,
          scheduledArrival: arrival.minutes,
          informedAt: informed.minutes,
          ...(rerouted && rDeparture && rArrival ? { rerouting: { departure: rDeparture.minutes, arrival: rArrival.minutes } } : {}),
        },
        paragraphs,
      };
    }
    case "denied-boarding": {
      if (!read.checked("presentedInTime")) read.missing("presentedInTime");
      paragraphs.push([say("airDenied")]);
      const rerouted = read.checked("rerouted");
      if (!rerouted) return { disruption: { kind: "denied-boarding", scheduledArrival: 0 }, paragraphs };
      const scheduled = timeOf(env, "scheduledArrival");
      const arrival = timeOf(env, "reroutedArrival");
      const late = scheduled && arrival ? formatHoursMinutes(Math.max(0, arrival.minutes - scheduled.minutes), lang) : read.blank("reroutedArrival");
      paragraphs.push(compose(raw("airReroutedArrival"), read.orBlank("reroutedArrival", arrival, show), late, read.orBlank("scheduledArrival", scheduled, show)));
      if (!scheduled || !arrival) return { paragraphs };
      return { disruption: { kind: "denied-boarding", scheduledArrival: scheduled.minutes, rerouting: { arrival: arrival.minutes } }, paragraphs };
    }
    case "downgrading": {
      const price = read.amount("ticketPrice", true);
      read.currency(true);
      return { ...(price !== undefined ? { disruption: { kind: "downgrading", ticketPrice: price } } : {}), paragraphs };
    }
  }
}

/** "12 days" or "5 h 30 min": how long before the departure the passenger was told. */
function beforeText(minutes: number, { say, lang }: TemplateEnv): string {
  const days = Math.floor(minutes / (24 * 60));
  return days >= 1 ? say(days === 1 ? "days_one" : "days_other", days) : formatHoursMinutes(minutes, lang);
}

function compensationParagraphs(env: TemplateEnv, result: Assessment, situation: Situation): Paragraph[] {
  const { say, lang } = env;
  const out: Paragraph[] = [];
  const c = result.compensation;
  if (!c) return out;
  out.push([say("airBand", c.band, eur(c.full, lang))]);
  if (c.reduced) {
    const key = situation === "delay" ? "airReducedDelay" : "airReducedRerouting";
    out.push([say(key, c.reduced.withinHours, formatHoursMinutes(c.reduced.lateMinutes, lang), eur(c.amount, lang))]);
  } else out.push([say("airClaim", eur(c.amount, lang))]);
  return out;
}

export const airPassenger: Template = (env) => {
  const { read, say, raw, lang, book } = env;
  const situation = read.choice<Situation>("situation", true);
  const flightNumber = read.text("flightNumber", true);
  const flightDate = read.wallTime("flightDate", true);
  const dateText = read.orBlank("flightDate", flightDate, (d) => formatWallTime({ ...d, hasTime: false }, lang));

  const inputs: LetterInputs = { fromAirport: read.raw("fromAirport"), toAirport: read.raw("toAirport") };
  const knowledge = flightKnowledge(inputs);
  const fromKnown = airportByCode(inputs.fromAirport ?? "");
  const toKnown = airportByCode(inputs.toAirport ?? "");
  if (fromKnown && toKnown && fromKnown.iata === toKnown.iata) read.problem("same-airport", "toAirport");
  const route = knowledge.routeFound;
  const distanceKm = route ? route.distanceKm : read.distance("distanceKm", true);
  const scope: FlightScope | undefined = route?.scope ?? read.choice<FlightScope>("flightScope", true);

  // Article 3(1): from the EU, or to it on an EU airline.
  const departsFromEu = fromKnown ? regulationRegion(fromKnown) : read.choice<"yes" | "no">("departsFromEu", true) === "yes";
  const undecided = !fromKnown && !read.has("departsFromEu");
  if (!undecided && !departsFromEu) {
    const arrivesOnEuCarrier = read.choice<"yes" | "no">("euCarrier", true);
    const arrivesInEu = toKnown ? regulationRegion(toKnown) : true;
    if (arrivesOnEuCarrier === "no" || (arrivesOnEuCarrier === "yes" && !arrivesInEu)) read.problem("not-applicable");
  }

  const opening: Paragraph[] = [compose(raw("airFlight"), flightNumber, dateText, airportText(env, "fromAirport", fromKnown), airportText(env, "toAirport", toKnown))];
  const claim: Paragraph[] = [];
  let assessment: Assessment | undefined;
  if (situation) {
    const { disruption, paragraphs } = disruptionOf(env, situation);
    opening.push(...paragraphs);
    if (disruption && distanceKm !== undefined && scope) {
      assessment = assess(distanceKm, scope, disruption);
      if (assessment.noCompensation) read.problem("not-due", "situation", assessment.noCompensation);
    }
    const km = assessment ? formatNumber(assessment.distanceKm, lang) : distanceKm !== undefined ? formatNumber(wholeKm(distanceKm), lang) : read.blank("distanceKm");
    const distance = route
      ? compose(raw("airDistanceAirports"), say("airport", route.from.city, route.from.iata), say("airport", route.to.city, route.to.iata), km)
      : compose(raw("airDistanceStated"), km);
    if (situation === "cancellation" && assessment?.compensation) claim.push([say(read.checked("rerouted") ? "airCancelRightRerouted" : "airCancelRightNone")]);
    claim.push(distance);
    if (scope && distanceKm !== undefined && wholeKm(distanceKm) > 1500) claim.push([say(`airScope_${scope.replace(/-/g, "_")}` as "airScope_other")]);
    if (situation === "downgrading") {
      const r = assessment?.reimbursement;
      const currency = read.currency(true);
      const price = r && currency ? formatMoney({ amount: r.ticketPrice, currency }, lang) : read.blank("ticketPrice");
      const share = r ? String(Math.round(r.share * 100)) : read.blank(distanceKm === undefined ? "distanceKm" : "flightScope");
      const amount = r && currency ? formatMoney({ amount: r.amount, currency }, lang) : read.blank("ticketPrice");
      claim.push(compose(raw("airDowngraded"), share, price, amount));
    } else if (assessment) {
      claim.push(...compensationParagraphs(env, assessment, situation));
    }
    if (situation === "delay" || situation === "cancellation") claim.push([say("airExtraordinary", say(situation === "delay" ? "airTheDelay" : "airTheCancellation"))]);
    if (situation === "cancellation") claim.push([say("airInformedProof")]);
    claim.push([say("airPaymentRule")]);
    const iban = read.text("iban", false);
    claim.push(iban ? [say("airPaymentTo", iban)] : [say("airPaymentAsk")]);
  }
  claim.push([say("enclosed")]);

  const booking = read.text("bookingReference", false);
  return {
    subject: compose(raw("airSubject"), flightNumber, dateText),
    references: booking ? [[say("bookingReference", booking)]] : [],
    opening,
    facts: [...book.contacts(), ...book.brokenPromises(), ...book.openRefunds(), ...book.answers()],
    claim,
  };
};
