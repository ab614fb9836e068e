// Which form of a count-bearing message to show: `<key>_one` or `<key>_other`, by the language's plural
// rules (Intl.PluralRules: English "1 case" but "0 cases"; French singular for 0 and 1). Pure, so the
// pages (ui/i18n.ts `tn`) and the background's notices choose alike. Categories other than "one" ("many"
// for French millions, and the rest) take the `_other` form: the locale table holds two forms per key.
const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    try {
      found = new Intl.PluralRules(locale);
    } catch {
      found = new Intl.PluralRules("en");
    }
    rules.set(locale, found);
  }
  return found;
}

/** "one" or "other": the form `count` takes in `locale` (French: 0 and 1 are singular). */
export function pluralForm(count: number, locale: string): "one" | "other" {
  return rulesFor(locale).select(count) === "one" ? "one" : "other";
}

export function pluralKey(keyBase: string, count: number, locale: string): string {
  return `${keyBase}_${pluralForm(count, locale)}`;
}
