// Contact attempts beyond the classic form: forms sent by script with the page's own answer as
// their outcome, attached files by hash, and mail and phone links with the popup's question.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { eventsFromPage, storedEvents } from "./support/evidence";

const session = chromiumSession({ watch: "/yellow/index.html" });

async function outcomeOf(url: string) {
  await expect.poll(async () => (await eventsFromPage(session.browser, url)).filter((e) => e.kind === "contact-outcome").length, { timeout: 20_000 }).toBe(1);
  const events = await eventsFromPage(session.browser, url);
  const attempt = events.find((e) => e.kind === "contact-attempt");
  const outcome = events.find((e) => e.kind === "contact-outcome");
  if (attempt?.kind !== "contact-attempt" || outcome?.kind !== "contact-outcome") throw new Error("missing events");
  return { attempt, outcome };
}

describe("forms sent by script", () => {
  it("records the fields, the attached files' hashes, and the confirmation with its reference", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/claim.html");
    await page.goto(url);
    await page.getByLabel("Nom et prénom").fill("Marc Dupont");
    await page.getByLabel("Numéro client").fill("C-778812");
    await page.getByLabel("Décrivez le problème").fill("Le sous-traitant a inondé le mur de ma mère.");
    const photo = Buffer.from("fake JPEG bytes of the flooded wall");
    await page.getByLabel("Pièces justificatives").setInputFiles({ name: "mur-inonde.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.waitForTimeout(200);
    await page.getByRole("button", { name: "Envoyer ma réclamation" }).click();
    const { attempt, outcome } = await outcomeOf(url);
    expect(attempt.payload.method).toBe("SCRIPT");
    expect(attempt.payload.fields.map((f) => [f.label, f.value])).toEqual([
      ["Nom et prénom", "Marc Dupont"],
      ["Numéro client", "C-778812"],
      ["Décrivez le problème", "Le sous-traitant a inondé le mur de ma mère."],
      ["Pièces justificatives", `mur-inonde.jpg (${photo.length} bytes)`],
    ]);
    expect(attempt.payload.fields[3]?.files).toEqual([
      { name: "mur-inonde.jpg", size: photo.length, mediaType: "image/jpeg", sha256: createHash("sha256").update(photo).digest("hex") },
    ]);
    expect(JSON.stringify(attempt)).not.toContain("fake JPEG bytes");
    expect(outcome.payload).toMatchObject({ attemptId: attempt.id, status: "confirmed", reference: "RC-2026-0042" });
    expect(outcome.payload.text).toContain("Votre réclamation a bien été enregistrée");
  });

  it("records an error the page shows, and a send that never confirms", async () => {
    const errorPage = await session.browser.context.newPage();
    const errorUrl = session.server.url("127.0.0.1", "/yellow/claim.html?mode=error");
    await errorPage.goto(errorUrl);
    await errorPage.getByLabel("Décrivez le problème").fill("Toujours pas de réponse.");
    await errorPage.getByRole("button", { name: "Envoyer ma réclamation" }).click();

    const silentPage = await session.browser.context.newPage();
    const silentUrl = session.server.url("127.0.0.1", "/yellow/claim.html?mode=silent");
    await silentPage.goto(silentUrl);
    await silentPage.getByLabel("Décrivez le problème").fill("Troisième relance.");
    await silentPage.getByRole("button", { name: "Envoyer ma réclamation" }).click();

    expect((await outcomeOf(errorUrl)).outcome.payload).toMatchObject({ status: "error", text: expect.stringContaining("Une erreur est survenue") });
    // Nothing shown for 15 seconds: recorded as never confirmed.
    expect((await outcomeOf(silentUrl)).outcome.payload.status).toBe("unconfirmed");
  });
});

describe("mail and phone links", () => {
  it("records the attempt and lets the person say what happened, or dismiss the question", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/help.html");
    await page.goto(url);
    await page.getByRole("link", { name: "0800 123 456" }).click({ noWaitAfter: true });
    await page.getByRole("link", { name: "claims@yellow-telecom.example" }).click({ noWaitAfter: true });
    await page.getByRole("link", { name: "Read the FAQ" }).hover();
    await expect.poll(async () => (await eventsFromPage(session.browser, url)).length, { timeout: 10_000 }).toBe(2);
    const [call, mail] = await eventsFromPage(session.browser, url);
    expect(call).toMatchObject({ kind: "contact-attempt", payload: { channel: "phone", target: "+33800123456", summary: "0800 123 456" } });
    expect(mail).toMatchObject({
      kind: "contact-attempt",
      payload: { channel: "email", target: "claims@yellow-telecom.example", fields: [expect.objectContaining({ label: "subject", value: "Claim C-778812" }), expect.objectContaining({ label: "body", value: "Hello" })] },
    });

    const popup = await session.browser.openPopup(page);
    const callQuestion = popup.getByRole("form", { name: /You clicked to call \+33800123456/ });
    await callQuestion.getByRole("textbox").fill("Agent said a technician comes Monday before noon.");
    await callQuestion.getByRole("button", { name: "Add to the case" }).click();
    await popup.getByRole("form", { name: /You clicked to write to claims@yellow-telecom.example/ }).getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => popup.locator(".link-prompt").count()).toBe(0);
    const note = (await storedEvents(session.browser)).find((e) => e.kind === "note");
    expect(note).toMatchObject({ kind: "note", caseId: call?.caseId, payload: { text: "Agent said a technician comes Monday before noon.", about: call?.id }, collection: { method: "by-hand" } });
    expect((await storedEvents(session.browser)).filter((e) => e.kind === "note")).toHaveLength(1);
  });
});
