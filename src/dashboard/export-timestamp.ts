// Trusted time for a bundle: asks the time-stamping authority the person chose (RFC 3161, over
// HTTP POST) to vouch for the signature's bytes, and keeps the answer only if it checks out. The
// page may reach the authority because the person granted its origin when they saved its address.
import { timeStampRequestFor } from "../domain/dossier/timestamp/timestamp-request";
import { checkTimestamp } from "../domain/dossier/timestamp/timestamp-token";

export type TimestampOutcome = { ok: true; response: Uint8Array } | { ok: false; reason: string };

const TIMEOUT_MS = 15_000;

export async function requestTimestamp(url: string, signature: Uint8Array): Promise<TimestampOutcome> {
  try {
    const reply = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/timestamp-query" },
      body: new Blob([(await timeStampRequestFor(signature)) as Uint8Array<ArrayBuffer>]),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: "omit",
    });
    if (!reply.ok) return { ok: false, reason: `HTTP ${reply.status}` };
    const response = new Uint8Array(await reply.arrayBuffer());
    const check = await checkTimestamp(response, signature);
    return check.ok ? { ok: true, response } : { ok: false, reason: `${check.problem}: ${check.detail}` };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
