// From which moment a deadline counts. The rule, in order:
// 1. a calendar date counts from nothing: "fixed-date";
// 2. an agent speaking for themselves ("I'll call you back…", "je vous rappelle…") or a day named from
//    today ("tomorrow", "ce soir") counts from when it was said: "statement";
// 3. refunds, and deadlines said to run from an order, return or cancellation, count from that date: "order-date";
// 4. anything else a brand page states (reply times, callbacks, resolution) restarts with each contact
//    attempt: "each-contact".
// The parser only sees words; the caller may know better (a message captured from an agent is a statement).
import { isFirstPerson } from "./commitment";
import type { ClockStart, Deadline, PromiseKind } from "./promise-reading";
import { rules, test, B0 } from "./text-spans";

const FROM_ORDER = rules(
  `${B0}(?:of|after|from|following) (?:us |the )?(?:\\p{L}+ (?:of )?)?(?:your |the |our )?(?:order|purchase|return|returned|delivery|cancellation)` +
    `|${B0}(?:à compter de|suivant|après|dès|à partir de) (?:la |l')?(?:\\p{L}+ (?:de |du |d'))?(?:votre |la |l'|le |du )?(?:commande|achat|retour|livraison|rétractation|annulation|résiliation|colis)`,
);

export function clockStartFor(
  kind: PromiseKind,
  deadline: Deadline | undefined,
  text: string,
  saidDay: boolean,
): ClockStart {
  if (deadline?.type === "fixed-date") return "fixed-date";
  if (saidDay || isFirstPerson(text)) return "statement";
  if (kind === "refund" || test(FROM_ORDER, text)) return "order-date";
  return "each-contact";
}
