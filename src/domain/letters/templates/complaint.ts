// A formal complaint to the brand: what happened in the person's words, the facts from the case (contacts
// and their fate, promises broken, refunds owed, people passed between), what the person asks for.
import { compose } from "../letter-model";
import type { Template } from "./template";

export const complaint: Template = ({ book, read, say, raw }) => ({
  subject: [say("complaintSubject", book.ctx.theCase.title)],
  references: [],
  opening: [[say("complaintOpening", book.brand)], compose(raw("inShort"), read.text("summary", true))],
  facts: [...book.contacts(), ...book.brokenPromises(), ...book.openRefunds(), ...book.people(), ...book.answers()],
  claim: [compose(raw("complaintRequest"), read.text("request", true)), [say("complaintAnswer")], [say("enclosed")]],
});
