// A referral to an ombudsman: the dispute in short, the attempts to settle it with the brand (counted from
// the case), and the time since the first written complaint, stated as a figure. Schemes set their own
// waiting periods; the letter states the figure and asserts no scheme's rule.
import { compose, type Paragraph } from "../letter-model";
import type { Template } from "./template";

export const ombudsman: Template = ({ book, read, say, raw }) => {
  const opening: Paragraph[] = [[say("omOpening", book.brand)], compose(raw("inShort"), read.text("summary", true))];
  const reached = book.reached();
  const first = reached[0];
  const last = reached[reached.length - 1];
  if (first && last) opening.push([say("omAttempts", book.brand, reached.length, book.when(first.at, first.id), book.when(last.at, last.id))]);
  const written = book.firstWritten();
  if (written) opening.push([say("omElapsed", book.brand, written.date, written.since)]);
  return {
    subject: [say("omSubject", book.brand, book.ctx.theCase.title)],
    references: [],
    opening,
    facts: [...(written ? [written.fact] : []), ...book.contacts(), ...book.brokenPromises(), ...book.openRefunds(), ...book.people(), ...book.answers()],
    claim: [compose(raw("omRequest"), read.text("request", true)), [say("enclosed")]],
  };
};
