// What a letter may say about the case: facts read by the reality engine (domain/reality) from the
// case's events as the person now reads them (corrections applied), each sentence with the ids of
// the events it rests on. Nothing here is guessed: a fact without events behind it is not written.
import type { Case, Channel, EvidenceEvent } from "../evidence";
import { correctedCaseReality } from "../cases/case-reality";
import type { AttemptReality } from "../reality/attempt-realities";
import type { SequencedEvent } from "../reality/case-timeline";
import type { PromiseStanding } from "../reality/promise-verdicts";
import type { CaseReality } from "../reality/reality-engine";
import { pluralForm } from "../plural";
import { elapsed, formatDayTime, formatLateness, formatList, type LetterLanguage } from "./letter-format";
import type { Fact } from "./letter-model";
import { moneyInText, type Money } from "./money";
import { sayIn, type LetterTextKey, type Say } from "./texts/letter-text";

export interface LetterContext {
  theCase: Case;
  /** The case's events as the person now reads them: corrections applied, withdrawn events left out. */
  events: readonly EvidenceEvent[];
  byId: ReadonlyMap<string, EvidenceEvent>;
  reality: CaseReality;
  /** When the letter is written (epoch ms), and the zone of the person writing it. */
  now: number;
  timeZone: string;
}

export function letterContext(theCase: Case, trail: readonly SequencedEvent[], now: number, timeZone: string): LetterContext {
  const { effective, reality } = correctedCaseReality(trail, now, timeZone);
  return { theCase, events: effective, byId: new Map(effective.map((e) => [e.id, e])), reality, now, timeZone };
}

/** The language most of the case's promises were read in, if any were. */
export function caseLanguage(events: readonly EvidenceEvent[]): LetterLanguage | undefined {
  let en = 0;
  let fr = 0;
  for (const event of events) {
    if (event.kind !== "promise") continue;
    const language = event.payload.reading?.language;
    if (language === "fr") fr++;
    else if (language === "en") en++;
  }
  if (fr === 0 && en === 0) return undefined;
  return fr > en ? "fr" : "en";
}

const QUOTE_LIMIT = 300;
/**
 * A quote on one line, cut to a length a letter can carry (the case file holds it whole), ending as a
 * sentence ends: the letter's own sentence goes on after the closing quotation mark.
 */
function shortQuote(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  const cut = line.length <= QUOTE_LIMIT ? line : `${line.slice(0, QUOTE_LIMIT).trimEnd()}…`;
  return /[.!?…]$/.test(cut) ? cut : `${cut}.`;
}

/** An attempt's own events (it, its confirmation or error pages), not the answer it got. */
const ownEvents = (a: AttemptReality) => a.from.filter((id) => id !== a.answer?.eventId || id === a.id);

/** Channels a written complaint goes by: a form, an e-mail, a letter. */
const WRITTEN: readonly Channel[] = ["web-form", "email", "letter"];

const channelKey = (prefix: "by" | "count", channel: Channel) => `${prefix}_${channel.replace(/-/g, "_")}` as LetterTextKey;

export interface RefundRead {
  money: Money;
  promiseId: string;
  at: number;
  timeZone: string;
}

/** The facts of one case in one language. */
export class CaseFacts {
  readonly say: Say;
  readonly brand: string;

  constructor(
    readonly ctx: LetterContext,
    readonly lang: LetterLanguage,
  ) {
    this.say = sayIn(lang);
    this.brand = ctx.theCase.brand.name;
  }

  private zoneOf(id: string): string {
    return this.ctx.byId.get(id)?.occurred.timeZone ?? this.ctx.timeZone;
  }

  /** "3 March 2025 at 09:15", in the zone the event happened in. */
  when(at: number, eventId: string): string {
    return formatDayTime(at, this.zoneOf(eventId), this.lang);
  }

  /** Contact attempts that reached the brand (a page that showed an error did not). */
  reached(): AttemptReality[] {
    return this.ctx.reality.attempts.filter((a) => a.status !== "failed");
  }

  /**
   * How the person tried: contacts, failed sends, those left unanswered, references the brand gave.
   * (The "_one" texts begin "One…": English counting picks them for exactly one, in either language.)
   */
  contacts(): Fact[] {
    const { say, brand } = this;
    const facts: Fact[] = [];
    const reached = this.reached();
    const first = reached[0];
    const last = reached[reached.length - 1];
    if (first && last) {
      if (reached.length === 1) {
        facts.push({ text: say("factContactOne", this.when(first.at, first.id), brand, say(channelKey("by", first.channel))), from: ownEvents(first) });
      } else {
        const counts = new Map<Channel, number>();
        for (const a of reached) counts.set(a.channel, (counts.get(a.channel) ?? 0) + 1);
        const byChannel = formatList([...counts].map(([channel, n]) => say(channelKey("count", channel), n)), this.lang);
        facts.push({ text: say("factContactMany", this.when(first.at, first.id), this.when(last.at, last.id), brand, reached.length, byChannel), from: reached.flatMap(ownEvents) });
      }
    }
    const failed = this.ctx.reality.attempts.filter((a) => a.status === "failed");
    if (failed.length > 0) {
      const dates = formatList(failed.map((a) => this.when(a.at, a.id)), this.lang);
      facts.push({ text: say(`factFailed_${pluralForm(failed.length, "en")}`, dates, failed.length), from: failed.flatMap(ownEvents) });
    }
    const unanswered = reached.filter((a) => a.status === "unanswered");
    if (unanswered.length > 0) {
      const from = unanswered.map((a) => a.id);
      const dates = formatList(unanswered.map((a) => this.when(a.at, a.id)), this.lang);
      if (reached.length === 1) facts.push({ text: say("factUnansweredOnly"), from });
      else if (unanswered.length === reached.length) facts.push({ text: say("factUnansweredAll"), from });
      else facts.push({ text: say(`factUnanswered_${pluralForm(unanswered.length, "en")}`, dates, unanswered.length), from });
    }
    const references = new Map<string, string[]>();
    for (const event of this.ctx.events) {
      if (event.kind !== "contact-outcome" || event.payload.status !== "confirmed" || !event.payload.reference) continue;
      const ref = event.payload.reference.trim();
      if (ref) references.set(ref, [...(references.get(ref) ?? []), event.id]);
    }
    if (references.size > 0) {
      const refs = [...references.keys()];
      facts.push({ text: say(`factReference_${pluralForm(refs.length, "en")}`, brand, formatList(refs, this.lang)), from: [...references.values()].flat() });
    }
    return facts;
  }

  private promiseDate(p: PromiseStanding): string {
    return this.when(p.at, p.promiseId);
  }

  /** Broken promises: what was promised, when it was due, and how late it is. */
  brokenPromises(): Fact[] {
    const facts: Fact[] = [];
    for (const p of this.ctx.reality.promises) {
      const verdict = p.verdict;
      if (verdict?.status !== "broken") continue;
      const quote = shortQuote(p.quote);
      const broken = verdict.obligations.filter((o) => o.status === "broken");
      const from = [...verdict.from];
      if (verdict.obligations.length > 1) {
        facts.push({ text: this.say("factPromiseStanding", this.promiseDate(p), this.brand, quote, broken.length, verdict.obligations.length), from });
        continue;
      }
      const o = broken[0];
      if (!o || o.due === undefined || !o.late) continue;
      const due = formatDayTime(o.due, this.zoneOf(p.promiseId), this.lang);
      const key = o.late.stillNothing ? "factPromiseNothing" : "factPromiseLate";
      facts.push({ text: this.say(key, this.promiseDate(p), this.brand, quote, due, formatLateness(o.late.ms, this.lang)), from });
    }
    return facts;
  }

  hasBrokenPromises(): boolean {
    return this.ctx.reality.promises.some((p) => p.verdict?.status === "broken");
  }

  /** Refunds promised and not kept (a credit or a goodwill gesture is not a refund: left out). */
  private refundStandings(): PromiseStanding[] {
    return this.ctx.reality.promises.filter((p) => p.reading?.kind === "refund" && p.verdict?.status !== "kept");
  }

  /** Refunds promised and not recorded as received (those already broken are among brokenPromises). */
  openRefunds(): Fact[] {
    return this.refundStandings()
      .filter((p) => p.verdict?.status !== "broken")
      .map((p) => ({ text: this.say("factRefundOpen", this.promiseDate(p), this.brand, shortQuote(p.quote)), from: [p.promiseId] }));
  }

  /** The sum named by the latest refund promise not kept, as the brand wrote it. */
  refundAmount(): RefundRead | undefined {
    const standings = this.refundStandings().slice().reverse();
    for (const p of standings) {
      const event = this.ctx.byId.get(p.promiseId);
      const found = moneyInText(p.quote)[0];
      if (found && event) return { money: { amount: found.amount, currency: found.currency }, promiseId: p.promiseId, at: p.at, timeZone: event.occurred.timeZone };
    }
    return undefined;
  }

  /** Whom the person had to explain the case to, and how often it was passed on. */
  people(): Fact[] {
    const { interlocutors, handOffs } = this.ctx.reality;
    const facts: Fact[] = [];
    if (interlocutors.length >= 2) {
      const names = formatList(interlocutors.map((i) => i.name.trim() || this.say("unnamedAgent")), this.lang);
      facts.push({ text: this.say("factPeople", interlocutors.length, this.brand, names), from: interlocutors.map((i) => i.firstSeen) });
    }
    if (handOffs.length > 0) facts.push({ text: this.say(`factHandOffs_${pluralForm(handOffs.length, "en")}`, handOffs.length), from: handOffs.map((h) => h.eventId) });
    return facts;
  }

  /** The last written answer, or that none came; automatic acknowledgements named as such. */
  answers(): Fact[] {
    const facts: Fact[] = [];
    const figures = this.ctx.reality.figures;
    const responses = Object.values(figures.byChannel)
      .flatMap((c) => c?.responses.from ?? [])
      .map((id) => this.ctx.byId.get(id))
      .filter((e): e is EvidenceEvent => e !== undefined)
      .sort((a, b) => a.occurred.at - b.occurred.at);
    const lastResponse = responses[responses.length - 1];
    if (lastResponse) facts.push({ text: this.say("factLastAnswer", this.brand, this.when(lastResponse.occurred.at, lastResponse.id)), from: [lastResponse.id] });
    else if (this.reached().length > 0) facts.push({ text: this.say("factNoAnswer", this.brand), from: this.reached().map((a) => a.id) });
    const automatic = figures.automaticReplies;
    if (automatic.value > 0) facts.push({ text: this.say(`factAutomatic_${pluralForm(automatic.value, "en")}`, automatic.value), from: [...automatic.from] });
    return facts;
  }

  /** The first complaint in writing (a form, an e-mail, a letter), and the time since, in days and whole months. */
  firstWritten(): { fact: Fact; date: string; since: string } | undefined {
    const first = this.reached().find((a) => WRITTEN.includes(a.channel));
    if (!first) return undefined;
    const zone = this.zoneOf(first.id);
    const { days, months } = elapsed(first.at, this.ctx.now, zone);
    const daysText = this.say(`days_${pluralForm(days, this.lang)}`, days);
    const since = months >= 1 ? this.say("daysAndMonths", daysText, this.say(`fullMonths_${pluralForm(months, this.lang)}`, months)) : daysText;
    const date = this.when(first.at, first.id);
    return { fact: { text: this.say("factFirstWritten", date, this.say(channelKey("by", first.channel)), since, this.brand), from: ownEvents(first) }, date, since };
  }
}
