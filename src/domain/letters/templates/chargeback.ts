// A chargeback request to the card issuer: the payment (card's last four digits only, date, amount), why
// (not provided, not as described, refund promised and not received), and the contacts with the merchant
// as proof of having tried to settle it first. The amount comes from the case's refund promise when the
// person keeps the one read there; otherwise the person gives it.
import { formatWallTime } from "../letter-format";
import { compose, type Fact, type Paragraph } from "../letter-model";
import { formatMoney } from "../money";
import type { Template } from "./template";

export const chargeback: Template = ({ book, read, say, raw, lang }) => {
  const lastFour = read.lastFour("cardLastFour");
  const merchant = read.text("merchantName", true);
  const date = read.wallTime("transactionDate", true);
  const dateText = read.orBlank("transactionDate", date, (d) => formatWallTime({ ...d, hasTime: false }, lang));
  const amount = read.amount("amount", true);
  const currency = read.currency(true);
  const money = amount !== undefined && currency ? { amount, currency } : undefined;
  const sum = read.orBlank(amount === undefined ? "amount" : "currency", money, (m) => formatMoney(m, lang));
  const reason = read.choice<"not-provided" | "not-as-described" | "refund-not-received">("chargebackReason", true);

  const opening: Paragraph[] = [compose(raw("cbOpening"), lastFour, dateText, sum, merchant)];
  const paidFor = read.text("summary", false);
  if (paidFor) opening.push([say("cbFor", paidFor)]);
  if (reason === "refund-not-received") opening.push(compose(raw("cbReason_refund_not_received"), merchant));
  else if (reason) opening.push([say(reason === "not-provided" ? "cbReason_not_provided" : "cbReason_not_as_described")]);
  else opening.push([read.blank("chargebackReason")]);
  const contacts = book.contacts();
  if (book.reached().length > 0) opening.push(compose(raw("cbTried"), merchant));

  const facts: Fact[] = [...book.openRefunds(), ...book.brokenPromises()];
  const read_ = book.refundAmount();
  if (read_ && money && read_.money.amount === money.amount && read_.money.currency === money.currency) {
    facts.push({ text: say("factAmountRead", formatMoney(money, lang), book.brand, book.when(read_.at, read_.promiseId)), from: [read_.promiseId] });
  }
  facts.push(...contacts, ...book.answers());
  return {
    subject: compose(raw("cbSubject"), lastFour, merchant, dateText),
    references: [],
    opening,
    facts,
    claim: [compose(raw("cbRequest"), sum), [say("enclosed")]],
  };
};
