// Checks an RFC 3161 time-stamp response against the bytes it should vouch for: granted, its
// TSTInfo's message imprint is the SHA-256 of those bytes, the signed attributes hold the digest of
// the TSTInfo, and a certificate carried in the token verifies the authority's signature (RSA
// PKCS #1 v1.5 or ECDSA P-256/P-384). Whether that authority is one to trust is the reader's call:
// the result names it and gives its certificate's SHA-256.
import { toHex } from "../bytes";
import { derToRaw } from "../signature-encoding";
import { children, DerError, expectTag, generalizedTime, oidText, readTlv, TAG, type Tlv } from "./der";
import { OID } from "./timestamp-request";

export interface TrustedTime {
  /** The authority's time (genTime), epoch ms. */
  at: number;
  /** The authority's name from its certificate (common name, organisation). */
  authority: string;
  /** SHA-256 of the authority's certificate (DER), hex. */
  certificateSha256: string;
  serial: string;
}

export type TimestampProblem = "unreadable" | "not-granted" | "other-data" | "bad-signature" | "no-certificate" | "unsupported";
export type TimestampCheck = { ok: true; time: TrustedTime } | { ok: false; problem: TimestampProblem; detail: string };

const HASHES: Record<string, string> = { [OID.sha256]: "SHA-256", [OID.sha384]: "SHA-384", [OID.sha512]: "SHA-512" };
const SIGNATURE_HASHES: Record<string, string> = {
  [OID.sha256WithRsa]: "SHA-256",
  [OID.sha384WithRsa]: "SHA-384",
  [OID.sha512WithRsa]: "SHA-512",
  [OID.ecdsaSha256]: "SHA-256",
  [OID.ecdsaSha384]: "SHA-384",
  [OID.ecdsaSha512]: "SHA-512",
};

class Problem extends Error {
  constructor(
    readonly problem: TimestampProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const digest = async (hash: string, data: Uint8Array) => new Uint8Array(await crypto.subtle.digest(hash, new Uint8Array(data)));
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const at = (list: Tlv[], i: number, what: string): Tlv => {
  const item = list[i];
  if (!item) throw new DerError(`missing ${what}`);
  return item;
};

export async function checkTimestamp(response: Uint8Array, data: Uint8Array): Promise<TimestampCheck> {
  try {
    return { ok: true, time: await check(response, data) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.problem, detail: error.message };
    return { ok: false, problem: "unreadable", detail: error instanceof Error ? error.message : String(error) };
  }
}

async function check(response: Uint8Array, data: Uint8Array): Promise<TrustedTime> {
  const [statusInfo, token] = children(expectTag(readTlv(response), TAG.sequence, "TimeStampResp").value);
  const status = expectTag(children(expectTag(statusInfo, TAG.sequence, "PKIStatusInfo").value)[0], TAG.integer, "status").value;
  if (status.length !== 1 || (status[0] !== 0 && status[0] !== 1)) throw new Problem("not-granted", `status ${toHex(status)}`);
  const content = children(expectTag(token, TAG.sequence, "time-stamp token").value);
  if (oidText(expectTag(content[0], TAG.oid, "content type").value) !== OID.signedData) throw new Problem("unsupported", "not signed data");
  const signedData = children(expectTag(readTlv(expectTag(content[1], 0xa0, "content").value), TAG.sequence, "SignedData").value);

  // The TSTInfo: which bytes it vouches for, and when.
  const encap = children(expectTag(at(signedData, 2, "encapsulated content"), TAG.sequence, "encapsulated content").value);
  if (oidText(expectTag(encap[0], TAG.oid, "eContentType").value) !== OID.tstInfo) throw new Problem("unsupported", "not a TSTInfo");
  const tstInfoDer = expectTag(readTlv(expectTag(encap[1], 0xa0, "eContent").value), TAG.octetString, "eContent").value;
  const tst = children(expectTag(readTlv(tstInfoDer), TAG.sequence, "TSTInfo").value);
  const imprint = children(expectTag(at(tst, 2, "messageImprint"), TAG.sequence, "messageImprint").value);
  const imprintHash = HASHES[oidText(expectTag(children(at(imprint, 0, "hash algorithm").value)[0], TAG.oid, "hash algorithm").value)];
  if (!imprintHash) throw new Problem("unsupported", "message imprint hash");
  if (!same(expectTag(imprint[1], TAG.octetString, "hashed message").value, await digest(imprintHash, data))) {
    throw new Problem("other-data", "the time stamp is for other bytes");
  }
  const serial = toHex(expectTag(tst[3], TAG.integer, "serialNumber").value);
  const genTime = generalizedTime(expectTag(tst[4], TAG.generalizedTime, "genTime").value);

  // The signer: signed attributes bind the TSTInfo; a certificate in the token verifies them.
  const signerInfos = signedData[signedData.length - 1];
  const signer = children(at(children(expectTag(signerInfos, TAG.set, "signerInfos").value), 0, "signerInfo").value);
  const digestHash = HASHES[oidText(expectTag(children(at(signer, 2, "digestAlgorithm").value)[0], TAG.oid, "digest algorithm").value)];
  if (!digestHash) throw new Problem("unsupported", "digest algorithm");
  const signedAttrs = expectTag(signer[3], 0xa0, "signed attributes");
  const attribute = (oid: string) => children(signedAttrs.value).map((a) => children(a.value)).find((a) => a[0] && oidText(a[0].value) === oid);
  const messageDigest = attribute(OID.messageDigest)?.[1];
  const contentType = attribute(OID.contentType)?.[1];
  if (!messageDigest || !contentType || oidText(children(contentType.value)[0]?.value ?? new Uint8Array()) !== OID.tstInfo) throw new Problem("bad-signature", "signed attributes");
  if (!same(children(messageDigest.value)[0]?.value ?? new Uint8Array(), await digest(digestHash, tstInfoDer))) throw new Problem("bad-signature", "the TSTInfo does not match its signed digest");
  const algorithm = oidText(expectTag(children(at(signer, 4, "signatureAlgorithm").value)[0], TAG.oid, "signature algorithm").value);
  const signature = expectTag(signer[5], TAG.octetString, "signature").value;
  // The signature covers the attributes as a SET (RFC 5652 §5.4), not as the [0] they are stored as.
  const signed = new Uint8Array(signedAttrs.raw);
  signed[0] = TAG.set;

  const certificates = signedData.find((t) => t.tag === 0xa0);
  if (!certificates) throw new Problem("no-certificate", "the token carries no certificate");
  for (const certificate of children(certificates.value)) {
    const info = certificateInfo(certificate);
    if (await verifies(info.spki, algorithm, SIGNATURE_HASHES[algorithm] ?? digestHash, signature, signed)) {
      return { at: genTime, authority: info.name, certificateSha256: toHex(await digest("SHA-256", certificate.raw)), serial };
    }
  }
  throw new Problem("bad-signature", "no certificate in the token verifies its signature");
}

function certificateInfo(certificate: Tlv): { spki: Tlv; name: string } {
  const tbs = children(at(children(certificate.value), 0, "tbsCertificate").value);
  const fields = tbs[0]?.tag === 0xa0 ? tbs.slice(1) : tbs; // explicit version
  const subject = at(fields, 4, "subject");
  const spki = at(fields, 5, "subjectPublicKeyInfo");
  const names = new Map<string, string>();
  for (const rdn of children(subject.value)) {
    for (const pair of children(rdn.value)) {
      const [oid, value] = children(pair.value);
      if (oid && value) names.set(oidText(oid.value), new TextDecoder().decode(value.value));
    }
  }
  const name = [names.get(OID.commonName), names.get(OID.organization)].filter(Boolean).join(", ") || "unnamed authority";
  return { spki, name };
}

async function verifies(spki: Tlv, algorithm: string, hash: string, signature: Uint8Array, signed: Uint8Array): Promise<boolean> {
  const keyAlgorithm = children(at(children(spki.value), 0, "algorithm").value);
  const keyType = oidText(at(keyAlgorithm, 0, "key type").value);
  try {
    if (keyType === OID.rsaEncryption && (algorithm === OID.rsaEncryption || algorithm.startsWith("1.2.840.113549.1.1."))) {
      const key = await crypto.subtle.importKey("spki", new Uint8Array(spki.raw), { name: "RSASSA-PKCS1-v1_5", hash }, false, ["verify"]);
      return await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, new Uint8Array(signature), new Uint8Array(signed));
    }
    if (keyType === OID.ecPublicKey) {
      const curve = oidText(at(keyAlgorithm, 1, "curve").value);
      const namedCurve = curve === OID.p256 ? "P-256" : curve === OID.p384 ? "P-384" : undefined;
      const raw = namedCurve ? derToRaw(signature, namedCurve === "P-256" ? 32 : 48) : null;
      if (!namedCurve || !raw) return false;
      const key = await crypto.subtle.importKey("spki", new Uint8Array(spki.raw), { name: "ECDSA", namedCurve }, false, ["verify"]);
      return await crypto.subtle.verify({ name: "ECDSA", hash }, key, raw, new Uint8Array(signed));
    }
  } catch {
    return false;
  }
  return false;
}
