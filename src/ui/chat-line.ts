// One line of a recorded chat for lists and the timeline: "Marie (10:42): text", hand-offs and the
// chat's start and end in words. Text only; what the widget showed is never read as markup.
import type { EventOfKind } from "../domain/evidence";
import { t } from "./i18n";

export const SHOWN_CHAT_TEXT_LIMIT = 500;

export function chatLine(payload: EventOfKind<"message">["payload"]): string {
  const who = (name: string | undefined) => name ?? t(`chatSide_${payload.side}`);
  switch (payload.event) {
    case "chat-started":
      return payload.vendor && payload.vendor !== "generic" ? t("chatStartedWith", payload.vendor) : t("chatStarted");
    case "chat-ended":
      return payload.text ? t("chatEndedWith", payload.text.slice(0, SHOWN_CHAT_TEXT_LIMIT)) : t("chatEnded");
    case "handoff":
      return t("chatHandoff", [who(payload.previousAuthor), who(payload.author)]);
    default: {
      const text = payload.text.length > SHOWN_CHAT_TEXT_LIMIT ? `${payload.text.slice(0, SHOWN_CHAT_TEXT_LIMIT)}…` : payload.text;
      const author = payload.side === "system" ? "" : who(payload.author);
      const time = payload.shownTime ? ` (${payload.shownTime})` : "";
      return author ? t("chatSaid", [`${author}${time}`, text]) : `${text}${time}`;
    }
  }
}
