// Reading .eml files: headers, text (plain, HTML-only, quoted-printable, base64, other charsets),
// RFC 2047 encoded words, attachment fingerprints, and clear refusals.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EmailDetails } from "../../../../src/domain/evidence";
import { MAX_EMAIL_BYTES, readEmailMessage, type EmailReading } from "../../../../src/domain/offline/email-message";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/eml/${name}`, import.meta.url)));
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

async function read(name: string): Promise<EmailDetails> {
  const reading: EmailReading = await readEmailMessage(fixture(name), name);
  if (!reading.ok) throw new Error(`${name}: ${reading.problem} (${reading.detail})`);
  // What comes back is exactly what the evidence model accepts.
  expect(EmailDetails.parse(reading.email)).toEqual(reading.email);
  return reading.email;
}

describe("a plain text e-mail", () => {
  it("gives its Date, From, To, Subject, Message-ID and text, and the file's own fingerprint", async () => {
    const email = await read("plain.eml");
    expect(email.date).toBe("Mon, 2 Mar 2026 09:14:05 +0100");
    expect(email.sentAt).toBe(Date.UTC(2026, 2, 2, 8, 14, 5));
    expect(email.from).toEqual({ name: "Marc Dupont", address: "marc@example.org" });
    expect(email.to).toEqual([{ name: "Yellow Telecom customer service", address: "service-client@yellow-telecom.fr" }]);
    expect(email.cc).toEqual([]);
    expect(email.subject).toBe("Water damage during the fibre installation");
    expect(email.messageId).toBe("<20260302091405.4411@example.org>");
    // CRLF line ends read as plain new lines.
    expect(email.text).toBe(
      "Hello,\n\nOn 24 February your subcontractor flooded my mother's wall while installing the fibre.\nPlease tell me who will pay for the repairs.\n\nMarc Dupont\nCustomer number C-778812",
    );
    expect(email.textFromHtml).toBe(false);
    expect(email.textLength).toBe(email.text.length);
    expect(email.attachments).toEqual([]);
    expect(email.fileName).toBe("plain.eml");
    expect(email.fileSize).toBe(fixture("plain.eml").byteLength);
    expect(email.fileSha256).toBe(sha256(fixture("plain.eml")));
  });
});

describe("an HTML-only e-mail", () => {
  it("keeps the visible text and drops the markup, scripts, styles and comments", async () => {
    const email = await read("html-only.eml");
    expect(email.textFromHtml).toBe(true);
    expect(email.from).toEqual({ name: "Yellow Telecom", address: "no-reply@yellow-telecom.fr" });
    expect(email.text).toContain("We received your request YT-48151 & will call you back within 48 hours.");
    expect(email.text).toContain("• Installation damage\n• Priority: high");
    expect(email.text).toContain("Café € ☺");
    expect(email.text).not.toMatch(/<\/?(p|b|i|ul|li|html|body|style|script)\b/);
    expect(email.text).not.toContain("alert(\"head\")");
    expect(email.text).not.toContain("should not appear");
    expect(email.text).not.toContain("tracking pixel");
    expect(email.text).not.toContain("color: red");
  });

  it("keeps escaped markup the sender wrote as text, as characters", async () => {
    const email = await read("html-only.eml");
    expect(email.text).toContain("Your text: <img src=x onerror=alert(1)>");
  });
});

describe("a multipart e-mail with attachments", () => {
  it("prefers the text part (quoted-printable, UTF-8) over the HTML one", async () => {
    const email = await read("multipart-attachments.eml");
    expect(email.textFromHtml).toBe(false);
    expect(email.text).toContain("Nous avons bien reçu votre réclamation concernant les dégâts causés par notre sous-traitant lors de l'installation de la fibre.");
    expect(email.text).not.toContain("=C3");
    expect(email.cc).toEqual([{ name: "Litiges", address: "litiges@yellow-telecom.fr" }]);
    expect(email.subject).toBe("Re: Water damage during the fibre installation");
  });

  it("records each attachment's name, media type, size and SHA-256 of its decoded bytes, not the bytes", async () => {
    const email = await read("multipart-attachments.eml");
    const pdf = "%PDF-1.4\n% a stand-in invoice for the tests\n1 0 obj << >> endobj\n%%EOF\n";
    const jpeg = new Uint8Array(768).map((_, i) => i % 256);
    expect(email.attachments).toEqual([
      { fileName: "facture-2026-03.pdf", mediaType: "application/pdf", size: pdf.length, sha256: sha256(pdf) },
      { fileName: "photo-mur.jpg", mediaType: "image/jpeg", size: 768, sha256: sha256(jpeg) },
    ]);
    expect(JSON.stringify(email)).not.toContain("JVBERi0"); // the PDF's base64 is not kept
  });
});

describe("transfer encodings and charsets", () => {
  it("decodes quoted-printable ISO-8859-1 with soft line breaks", async () => {
    const email = await read("quoted-printable.eml");
    expect(email.text).toBe(
      "Bonjour,\n\nJe vous écris au sujet de ma facture de février : elle compte deux fois l'abonnement à 39,99 euros, alors que j'ai résilié l'option télévision le 1er février.\nMerci de régulariser.",
    );
  });

  it("decodes a base64 UTF-8 body", async () => {
    const email = await read("base64.eml");
    expect(email.text).toBe("Hello,\n\nMy line is still down. Ticket YT-48151.\nDébit nul depuis lundi.");
    expect(email.from).toEqual({ name: "", address: "marc@example.org" });
  });

  it("decodes RFC 2047 encoded words in a French subject (Q, folded) and sender name (B, ISO-8859-1)", async () => {
    const email = await read("french-subject.eml");
    expect(email.subject).toBe("Réclamation n° 48151 : dégât des eaux — proposition de geste commercial");
    expect(email.from).toEqual({ name: "Hélène Leroy", address: "helene.leroy@yellow-telecom.fr" });
    expect(email.text).toContain("un avoir de 50 € sur votre prochaine facture");
  });
});

describe("files that are not a readable e-mail", () => {
  it("refuses a text file without a header block, saying it is not an e-mail", async () => {
    const reading = await readEmailMessage(fixture("malformed.eml"), "malformed.eml");
    expect(reading).toMatchObject({ ok: false, problem: "not-an-email" });
  });

  it("refuses binary data", async () => {
    const reading = await readEmailMessage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image.png");
    expect(reading).toMatchObject({ ok: false, problem: "not-an-email" });
  });

  it("refuses an empty file", async () => {
    expect(await readEmailMessage(new Uint8Array(), "empty.eml")).toMatchObject({ ok: false, problem: "empty" });
  });

  it("refuses a file over the limit before parsing it, and reads one just under it", async () => {
    // A real e-mail padded past 25 MB: built here rather than committed.
    const head = fixture("plain.eml");
    const oversized = new Uint8Array(MAX_EMAIL_BYTES + 1).fill(0x41);
    oversized.set(head);
    const reading = await readEmailMessage(oversized, "oversized.eml");
    expect(reading).toMatchObject({ ok: false, problem: "too-large" });
    if (!reading.ok) expect(reading.detail).toContain(String(MAX_EMAIL_BYTES + 1));

    const small = await readEmailMessage(head, "plain.eml", { maxBytes: head.byteLength });
    expect(small.ok).toBe(true);
    expect(await readEmailMessage(head, "plain.eml", { maxBytes: head.byteLength - 1 })).toMatchObject({ ok: false, problem: "too-large" });
  });
});

describe("long bodies", () => {
  it("keeps the first million characters and says how long the whole text was", async () => {
    const body = "a".repeat(1_000_500);
    const raw = `From: a@example.org\r\nSubject: long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
    const reading = await readEmailMessage(new TextEncoder().encode(raw), "long.eml");
    if (!reading.ok) throw new Error(reading.detail);
    expect(reading.email.text.length).toBe(1_000_000);
    expect(reading.email.textLength).toBe(1_000_500);
  });
});
