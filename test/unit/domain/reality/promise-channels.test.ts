import { describe, expect, it } from "vitest";
import { channelsNamed } from "../../../../src/domain/reality/promise-channels";

describe("channels a reply-time promise speaks of", () => {
  it.each([
    ["We answer all e-mails within 48 hours.", "en", ["email"]],
    ["Our live chat advisers reply in under 2 minutes.", "en", ["chat"]],
    ["Réponse sous 48h à votre courriel.", "fr", ["email"]],
    ["Réponse par tchat en moins de 5 minutes", "fr", ["chat"]],
    ["Nous répondons à votre mail sous 24h", "fr", ["email"]],
    ["Les courriers électroniques reçoivent une réponse sous 48h", "fr", ["email"]],
    ["Tout courrier reçoit une réponse sous 15 jours", "fr", ["letter"]],
    ["Formulaire de contact : réponse sous 72h", "fr", ["web-form"]],
    ["Phone and e-mail requests are answered within the day", "en", ["email", "phone"]],
  ] as const)("%s", (text, language, expected) => {
    expect(channelsNamed(text, language)).toEqual(expected);
  });

  it("names none when the words name no channel: the promise covers every attempt", () => {
    expect(channelsNamed("We reply to every request within 48 hours.", "en")).toBeUndefined();
    expect(channelsNamed("Nous répondons sous 48h.", "fr")).toBeUndefined();
  });

  it("does not read English 'mail' as e-mail", () => {
    expect(channelsNamed("We answer your mail within 10 days", "en")).toBeUndefined();
  });
});
