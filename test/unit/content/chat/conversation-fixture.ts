// The conversation the chat fixtures play, as data, for unit tests that draw it with each fixture's markup.
import type { FixtureMessage } from "../../../fixtures/sites/vendors/shared/conversation";
import type { ShownMessage } from "../../../../src/domain/chat/transcript";

export const MARIE = "Marie <b>D.</b>";

export const MESSAGES: FixtureMessage[] = [
  { id: "m1", side: "bot", author: "Yellow Assistant", text: "Hello! How can I help you today?", time: "10:00" },
  { id: "m2", side: "person", text: "My line has been down since Monday.", time: "10:01" },
  { id: "m3", side: "system", text: `${MARIE} joined the chat` },
  { id: "m4", side: "agent", author: MARIE, text: "Hello, I am Marie. <img src=x onerror=alert(1)>", time: "10:02" },
  { id: "m5", side: "agent", author: "Paul", text: "Paul here. A technician comes on Thursday.", time: "10:04" },
  { id: "m6", side: "system", text: "The chat has ended." },
];

/** What a reader should see in each message (the person's name is what the widget prints, if anything). */
export function expectedReadings(personAuthor?: string): ShownMessage[] {
  return MESSAGES.map(({ side, author, text, time }) => ({
    side,
    text,
    ...(side === "person" ? (personAuthor ? { author: personAuthor } : {}) : author ? { author } : {}),
    ...(time ? { shownTime: time } : {}),
  }));
}
