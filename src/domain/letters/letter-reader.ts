// Reads what the person typed for a letter: each value checked, and a blank ("[to fill in: …]") with an
// issue for the person wherever something needed is missing or wrong. Nothing is made up to fill a gap.
import { FIELDS, type FieldId, type LetterInputs } from "./letter-fields";
import { readWallTime, type WallTime } from "./letter-format";
import type { Blank, Issue, IssueKind, Segment } from "./letter-model";
import { isCurrency, readNumber, type Currency } from "./money";
import type { Say } from "./texts/letter-text";

const MAX_TEXT = 20_000;
/** Half the Earth's circumference, rounded up: no flight is longer. */
const MAX_DISTANCE_KM = 20_100;
const MAX_AMOUNT = 10_000_000;

export class LetterReader {
  readonly issues: Issue[] = [];

  constructor(
    private readonly inputs: LetterInputs,
    private readonly defaults: LetterInputs,
    private readonly say: Say,
  ) {}

  /** The value as typed, trimmed; a default only where the person has not touched the field. */
  raw(id: FieldId): string {
    return (this.inputs[id] ?? this.defaults[id] ?? "").slice(0, MAX_TEXT).trim();
  }

  has(id: FieldId): boolean {
    return this.raw(id) !== "";
  }

  blank(id: FieldId): Blank {
    return { fill: id, label: this.say(`field_${id}`) };
  }

  problem(kind: IssueKind, field?: FieldId, detail?: string): void {
    if (this.issues.some((i) => i.kind === kind && i.field === field && i.detail === detail)) return;
    this.issues.push({ kind, ...(field ? { field } : {}), ...(detail ? { detail } : {}) });
  }

  /** A blank for a missing value, with its issue. */
  missing(id: FieldId): Blank {
    this.problem("missing", id);
    return this.blank(id);
  }

  /** Typed text, or a blank when it is needed and absent, or undefined when optional and absent. */
  text(id: FieldId, required: true): Segment;
  text(id: FieldId, required: false): string | undefined;
  text(id: FieldId, required: boolean): Segment | undefined {
    const value = this.raw(id);
    if (value) return value;
    return required ? this.missing(id) : undefined;
  }

  /** Lines of a postal address. */
  lines(id: FieldId, required: boolean): Segment[] {
    const lines = this.raw(id)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > 0) return lines;
    return required ? [this.missing(id)] : [];
  }

  checked(id: FieldId): boolean {
    return this.raw(id) === "yes";
  }

  /** One of the field's options, or undefined (with an issue when required). */
  choice<T extends string>(id: FieldId, required: boolean): T | undefined {
    const value = this.raw(id);
    const options: readonly string[] = "options" in FIELDS[id] ? (FIELDS[id] as { options: readonly string[] }).options : [];
    if (options.includes(value)) return value as T;
    if (required) this.missing(id);
    return undefined;
  }

  /** A date or date and time as typed (wall clock). */
  wallTime(id: FieldId, required: boolean): WallTime | undefined {
    const value = this.raw(id);
    if (!value) {
      if (required) this.missing(id);
      return undefined;
    }
    const time = readWallTime(value);
    if (!time) this.problem("invalid-date", id);
    return time;
  }

  /** A sum of money, more than zero. */
  amount(id: FieldId, required: boolean): number | undefined {
    const value = this.raw(id);
    if (!value) {
      if (required) this.missing(id);
      return undefined;
    }
    const amount = readNumber(value.replace(/[€£$]|\b(?:EUR|GBP|USD|CHF)\b/gi, ""));
    if (amount === undefined || amount <= 0 || amount > MAX_AMOUNT) {
      this.problem("invalid-amount", id);
      return undefined;
    }
    return Math.round(amount * 100) / 100;
  }

  currency(required: boolean): Currency | undefined {
    const value = this.raw("currency").toUpperCase();
    if (isCurrency(value)) return value;
    if (required) this.missing("currency");
    return undefined;
  }

  /** A distance in kilometres, more than zero and no more than half the Earth's circumference. */
  distance(id: FieldId, required: boolean): number | undefined {
    const value = this.raw(id).replace(/\s*km$/i, "");
    if (!value) {
      if (required) this.missing(id);
      return undefined;
    }
    const km = readNumber(value);
    if (km === undefined || km <= 0 || km > MAX_DISTANCE_KM) {
      this.problem("invalid-distance", id);
      return undefined;
    }
    return km;
  }

  /** The last four digits of a card: exactly four digits, never the whole number. */
  lastFour(id: FieldId): Segment {
    const value = this.raw(id).replace(/\s/g, "");
    if (!value) return this.missing(id);
    if (!/^\d{4}$/.test(value)) {
      this.problem("invalid-card-digits", id);
      return this.blank(id);
    }
    return value;
  }

  /** The value, or a blank flagged as wrong (the issue was raised by the reader that refused it). */
  orBlank<T>(id: FieldId, value: T | undefined, show: (value: T) => string): Segment {
    if (value !== undefined) return show(value);
    if (!this.issues.some((i) => i.field === id)) this.problem("missing", id);
    return this.blank(id);
  }
}
