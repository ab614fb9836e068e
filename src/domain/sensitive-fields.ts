// Decides which form values Receipts must never store: passwords, card data and one-time codes.
import type { WithheldReason } from "./evidence";
import { wordsPattern } from "./word-pattern";

export interface FieldDescription {
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  label: string;
  value: string;
}

const CARD_SECURITY_CODE = wordsPattern(["cvv2?", "cvc2?", "csc", "cid", "card ?verification", "security ?code", "code ?de ?s[ée]curit[ée]", "cryptogramme", "crypto"]);
const ONE_TIME_CODE = wordsPattern([
  "otp",
  "one[- ]?time",
  "2fa",
  "mfa",
  "totp",
  "verification ?code",
  "code ?de ?v[ée]rification",
  "code ?(?:à|a) ?usage ?unique",
  "sms ?code",
  "code ?sms",
  "code (?:reçu|recu|envoy[ée]) par sms",
]);
const CARD_NUMBER_NAME = wordsPattern(["card ?number", "cc ?num(?:ber)?", "cardnum(?:ber)?", "num[ée]ro ?de ?carte", "pan"]);

/** Luhn check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** A value that reads as a payment card number: 13 to 19 digits (spaces or dashes allowed) passing Luhn. */
export function looksLikeCardNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[0-9][0-9 -]{11,30}[0-9]$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[ -]/g, "");
  return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
}

/** Any card number hidden inside free text (a message that quotes a card). */
export function containsCardNumber(text: string): boolean {
  const candidates = text.match(/(?:\d[ -]?){12,18}\d/g);
  return candidates?.some(looksLikeCardNumber) ?? false;
}

function words(field: FieldDescription): string {
  // Split camelCase and separators so that "cardCvv" or "card_cvc" read as words.
  return `${field.name} ${field.id} ${field.label}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-[\].]+/g, " ");
}

/** Why a field's value must be withheld, or undefined if it may be kept. */
export function withheldReason(field: FieldDescription): WithheldReason | undefined {
  const type = field.type.toLowerCase();
  const autocomplete = field.autocomplete.toLowerCase();
  if (type === "password" || /\b(current|new)-password\b/.test(autocomplete)) return "password";
  if (/\bone-time-code\b/.test(autocomplete)) return "one-time-code";
  if (/\bcc-number\b/.test(autocomplete)) return "card-number";
  if (/\bcc-csc\b/.test(autocomplete)) return "card-security-code";
  if (/\bcc-/.test(autocomplete)) return "card-detail";
  const described = words(field);
  if (CARD_SECURITY_CODE.test(described)) return "card-security-code";
  if (ONE_TIME_CODE.test(described)) return "one-time-code";
  if (CARD_NUMBER_NAME.test(described) && /\d/.test(field.value)) return "card-number";
  if (looksLikeCardNumber(field.value)) return "card-number";
  return undefined;
}
