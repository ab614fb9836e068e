// Sums of money: read from what a brand wrote ("we will refund the 49,99 €", "a £20 credit") or from
// what the person typed ("1 234,50"), and written back the way each language writes them.
export const CURRENCIES = ["EUR", "GBP", "USD", "CHF"] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  amount: number;
  currency: Currency;
}

export interface MoneyInText extends Money {
  /** The words it was read from, as written. */
  text: string;
}

const SYMBOLS: Record<string, Currency> = { "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR", "£": "GBP", gbp: "GBP", "$": "USD", usd: "USD", chf: "CHF" };

// Digits grouped by spaces (also the no-break spaces French uses), dots, commas or apostrophes, then
// at most two decimals; or plain digits with decimals.
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const BEFORE = String.raw`(€|£|\$|\b(?:EUR|GBP|USD|CHF)\b)\s?(${NUMBER})`;
const AFTER = String.raw`(${NUMBER})\s?(€|£|\$|(?:EUR|GBP|USD|CHF|euros?)\b)`;
const IN_TEXT = new RegExp(`${BEFORE}|${AFTER}`, "giu");

/**
 * The number a person or a brand wrote: "49,99", "49.99", "1 234,50", "1,234.50", "1.234,50".
 * With both a dot and a comma, the last one is the decimal mark; with one of them once and one or two
 * digits after it, it is the decimal mark; otherwise it groups thousands. Undefined when not a number.
 */
export function readNumber(written: string): number | undefined {
  const text = written.trim().replace(/[\s\u00a0\u202f'’]/g, "");
  if (!/^\d[\d.,]*$/.test(text)) return undefined;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimal: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? "." : ",";
  else {
    const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : undefined;
    if (mark && text.split(mark).length === 2 && /^\d{1,2}$/.test(text.split(mark)[1] ?? "")) decimal = mark;
  }
  const at = decimal ? text.lastIndexOf(decimal) : text.length;
  const whole = text.slice(0, at);
  const fraction = decimal ? text.slice(at + 1) : "";
  if (decimal && !/^\d{1,2}$/.test(fraction)) return undefined;
  // Thousands grouped by a dot or a comma: groups of exactly three digits after the first.
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(whole);
  if (!grouped && !/^\d+$/.test(whole)) return undefined;
  const value = Number(`${whole.replace(/[.,]/g, "")}${fraction ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Every sum of money written in `text` with its currency ("49,99 €", "EUR 20", "£15"). */
export function moneyInText(text: string): MoneyInText[] {
  const found: MoneyInText[] = [];
  for (const match of text.matchAll(IN_TEXT)) {
    const symbol = (match[1] ?? match[4] ?? "").toLowerCase();
    const number = match[2] ?? match[3] ?? "";
    const currency = SYMBOLS[symbol];
    const amount = readNumber(number);
    if (currency && amount !== undefined && amount > 0) found.push({ amount, currency, text: match[0] });
  }
  return found;
}

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

/** "49,99 €" in French, "€49.99" in English. */
export function formatMoney(money: Money, lang: "en" | "fr"): string {
  const whole = Number.isInteger(money.amount);
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: money.currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(money.amount);
}
