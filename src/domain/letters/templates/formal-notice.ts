// A formal notice before further action (mise en demeure): the obligation (the brand's own broken
// promises from the case, or as the person states it), the breach with its dates, a deadline to perform
// (8, 15 or 30 days, the person's choice), and what follows. The French civil-law formula (Article 1344
// of the Civil Code; Article 1344-1 for interest on a sum of money) is cited when the person keeps it.
import { formatMoney } from "../money";
import { compose, type Paragraph } from "../letter-model";
import type { Template } from "./template";

export const formalNotice: Template = ({ book, read, say, raw, lang }) => {
  const opening: Paragraph[] = [];
  const promises = book.brokenPromises();
  if (read.has("obligation") || promises.length === 0) opening.push(compose(raw("noticeObligation"), read.text("obligation", true)));
  else opening.push([say("noticeObligationPromises")]);
  const summary = read.text("summary", false);
  if (summary) opening.push([say("inShort", summary)]);

  const facts = [...promises, ...book.contacts(), ...book.openRefunds(), ...book.answers()];
  const days = read.choice<string>("deadlineDays", true);
  const next = read.choice<"ombudsman" | "court" | "both">("nextStep", true);
  const civilCode = read.checked("citeCivilCode");
  const claim: Paragraph[] = [];
  if (facts.length > 0) claim.push([say("noticeBreach")]);
  claim.push(compose(raw("noticeDemand"), read.text("demand", true), days ?? read.blank("deadlineDays")));
  claim.push([say(civilCode ? "noticeFormalCivilCode" : "noticeFormal")]);
  const amount = read.amount("amountClaimed", false);
  if (amount !== undefined) {
    const currency = read.currency(true);
    const sum = read.orBlank("currency", currency, (c) => formatMoney({ amount, currency: c }, lang));
    claim.push(compose(raw(civilCode ? "noticeAmountInterest" : "noticeAmount"), sum));
  }
  claim.push(next ? [say(`noticeNext_${next}`)] : [read.blank("nextStep")]);
  claim.push([say("enclosed")]);
  return { subject: [say("noticeSubject", book.ctx.theCase.title)], sending: say("noticeSending"), references: [], opening, facts, claim };
};
