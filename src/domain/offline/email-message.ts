// Reads an e-mail saved as an .eml file (RFC 5322 / MIME) into what Receipts keeps of it: its
// headers, its text, and each attachment's fingerprint. postal-mime does the MIME decoding
// (quoted-printable, base64, RFC 2047 encoded words, charsets); this module decides what counts.
import PostalMime, { type Address } from "postal-mime";
import { EmailDetails, type EmailAddress } from "../evidence";
import { sha256Hex } from "../integrity/sha256";
import { htmlToText } from "./html-text";

/** Larger than any mail server accepts: a bigger file is not one e-mail. */
export const MAX_EMAIL_BYTES = 25 * 1024 * 1024;
const MAX_TEXT = 1_000_000;

export type EmailProblem = "empty" | "too-large" | "not-an-email" | "unreadable";
export type EmailReading = { ok: true; email: EmailDetails } | { ok: false; problem: EmailProblem; detail: string };

/** The headers that make a file an e-mail; a file with none of them is something else. */
const MESSAGE_HEADERS = new Set(["from", "to", "date", "subject", "message-id"]);
/** RFC 5322 field name: printable ASCII but the colon. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

function mailboxes(addresses: readonly Address[] | undefined): EmailAddress[] {
  return (addresses ?? []).flatMap((a) => (a.group ? a.group : [a])).map((m) => ({ name: m.name, address: m.address }));
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function problem(kind: EmailProblem, detail: string): EmailReading {
  return { ok: false, problem: kind, detail };
}

/** Reads the file's bytes. Never throws: a file that is not a readable e-mail gives the reason. */
export async function readEmailMessage(bytes: Uint8Array, fileName: string, options: { maxBytes?: number } = {}): Promise<EmailReading> {
  const maxBytes = options.maxBytes ?? MAX_EMAIL_BYTES;
  if (bytes.byteLength === 0) return problem("empty", "The file is empty.");
  if (bytes.byteLength > maxBytes) return problem("too-large", `The file has ${bytes.byteLength} bytes; at most ${maxBytes} are read.`);

  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    parsed = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  } catch (error) {
    return problem("unreadable", error instanceof Error ? error.message : String(error));
  }

  // postal-mime reads any text as headers; a real header block has only "Name: value" lines.
  const badLine = parsed.headerLines.find((h) => !FIELD_NAME.test(h.key) || !h.line.includes(":"));
  if (badLine) return problem("not-an-email", `Not a header line: ${badLine.line.slice(0, 80)}`);
  if (!parsed.headers.some((h) => MESSAGE_HEADERS.has(h.key))) return problem("not-an-email", "No From, To, Date, Subject or Message-ID header.");

  const rawDate = parsed.headers.find((h) => h.key === "date")?.value.trim();
  const sentAt = rawDate ? Date.parse(rawDate) : NaN;
  const fromHtml = !parsed.text?.trim() && Boolean(parsed.html);
  const wholeText = (fromHtml ? htmlToText(parsed.html ?? "") : (parsed.text ?? "")).replace(/\r\n?/g, "\n").trimEnd();
  const attachments = await Promise.all(
    parsed.attachments.map(async (a) => {
      const content = bytesOf(a.content);
      return { fileName: a.filename ?? "", mediaType: a.mimeType, size: content.byteLength, sha256: await sha256Hex(content) };
    }),
  );

  const checked = EmailDetails.safeParse({
    fileName,
    fileSize: bytes.byteLength,
    fileSha256: await sha256Hex(bytes),
    ...(rawDate ? { date: rawDate } : {}),
    ...(Number.isFinite(sentAt) ? { sentAt } : {}),
    ...(parsed.from ? { from: mailboxes([parsed.from])[0] } : {}),
    to: mailboxes(parsed.to),
    cc: mailboxes(parsed.cc),
    ...(parsed.subject !== undefined ? { subject: parsed.subject } : {}),
    ...(parsed.messageId ? { messageId: parsed.messageId } : {}),
    text: wholeText.slice(0, MAX_TEXT),
    textFromHtml: fromHtml,
    textLength: wholeText.length,
    attachments,
  });
  if (!checked.success) return problem("unreadable", checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return { ok: true, email: checked.data };
}
