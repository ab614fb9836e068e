import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  containsCardNumber,
  looksLikeCardNumber,
  passesLuhn,
  withheldReason,
  type FieldDescription,
} from "../../../src/domain/sensitive-fields";

function field(overrides: Partial<FieldDescription>): FieldDescription {
  return { type: "text", name: "", id: "", autocomplete: "", label: "", value: "", ...overrides };
}

/** The digit that makes `body + digit` pass Luhn, computed independently of the module under test. */
function luhnCheckDigit(body: string): number {
  let sum = 0;
  // The check digit sits at the rightmost position, so the body's last digit is doubled.
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

// Test card numbers published by card networks.
const VISA = "4111111111111111";
const VISA_13 = "4222222222222";
const MASTERCARD = "5555555555554444";
const AMEX = "378282246310005";
const DISCOVER_19 = "6011000990139424000".slice(0, 18) + String(luhnCheckDigit("6011000990139424000".slice(0, 18)));

describe("passesLuhn", () => {
  it.each([VISA, VISA_13, MASTERCARD, AMEX, "79927398713", "0"])("accepts the valid number %s", (n) => {
    expect(passesLuhn(n)).toBe(true);
  });

  it.each(["4111111111111112", "79927398710", "1234567812345678"])("rejects the invalid number %s", (n) => {
    expect(passesLuhn(n)).toBe(false);
  });

  it("rejects anything that is not a digit instead of skipping it", () => {
    expect(passesLuhn("4111 1111 1111 1111")).toBe(false);
    expect(passesLuhn("411111111111111a")).toBe(false);
  });

  it("agrees with an independent check-digit computation", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,30}$/), fc.integer({ min: 0, max: 9 }), (body, digit) => {
        expect(passesLuhn(body + String(digit))).toBe(digit === luhnCheckDigit(body));
      }),
    );
  });
});

describe("looksLikeCardNumber", () => {
  it.each([
    ["plain digits", VISA],
    ["groups of four with spaces", "4111 1111 1111 1111"],
    ["groups of four with dashes", "5555-5555-5555-4444"],
    ["an American Express layout", "3782 822463 10005"],
    ["13 digits", VISA_13],
    ["19 digits", DISCOVER_19],
    ["surrounding blanks", "  4111111111111111 \n"],
  ])("recognises %s", (_what, value) => {
    expect(looksLikeCardNumber(value)).toBe(true);
  });

  it.each([
    ["a 16-digit number that fails Luhn", "1234567812345678"],
    ["a 12-digit order number", "123456789012"],
    ["a Luhn-valid 12-digit number (too short for a card)", "123456789015".slice(0, 11) + String(luhnCheckDigit("12345678901"))],
    ["a Luhn-valid 20-digit number (too long for a card)", "4111111111111111000".slice(0, 19) + String(luhnCheckDigit("4111111111111111000"))],
    ["a Luhn-valid 12-digit number grouped with spaces", `1234 5678 901${luhnCheckDigit("12345678901")}`],
    ["a Luhn-valid 20-digit number grouped with dashes", `4111-1111-1111-1111-000${luhnCheckDigit("4111111111111111000")}`],
    ["a card number inside other text", "card 4111111111111111"],
    ["digits separated by dots", "4111.1111.1111.1111"],
    ["an empty string", ""],
  ])("does not take %s for a card", (_what, value) => {
    expect(looksLikeCardNumber(value)).toBe(false);
  });
});

describe("containsCardNumber", () => {
  it("finds a card quoted inside a message", () => {
    expect(containsCardNumber("I was charged twice on my card 4111 1111 1111 1111, please refund.")).toBe(true);
  });

  it("ignores order numbers, phone numbers and dates in a message", () => {
    expect(containsCardNumber("Order 123456789012 placed on 2026-03-14, call me on 06 12 34 56 78.")).toBe(false);
  });

  it("ignores a 16-digit number that fails Luhn", () => {
    expect(containsCardNumber("Contract 1234 5678 1234 5678 renewed")).toBe(false);
  });
});

describe("withheldReason: passwords", () => {
  it("withholds a password input whatever it is called", () => {
    expect(withheldReason(field({ type: "password", label: "Subject", value: "hunter2" }))).toBe("password");
  });

  it("reads the type case-insensitively", () => {
    expect(withheldReason(field({ type: "PASSWORD", value: "x" }))).toBe("password");
  });

  it.each(["current-password", "new-password", "section-login current-password", "NEW-PASSWORD"])(
    "withholds a text input with autocomplete=%s (a 'show password' toggle)",
    (autocomplete) => {
      expect(withheldReason(field({ autocomplete, label: "Choose something", value: "hunter2" }))).toBe("password");
    },
  );
});

describe("withheldReason: card fields by autocomplete", () => {
  it.each([
    ["cc-number", "card-number"],
    ["billing cc-number", "card-number"],
    ["cc-csc", "card-security-code"],
    ["cc-exp", "card-detail"],
    ["cc-exp-month", "card-detail"],
    ["cc-exp-year", "card-detail"],
    ["cc-name", "card-detail"],
    ["cc-type", "card-detail"],
    ["cc-given-name", "card-detail"],
  ] as const)("autocomplete=%s gives %s", (autocomplete, reason) => {
    expect(withheldReason(field({ autocomplete, label: "Field", value: "12" }))).toBe(reason);
  });

  it("withholds a cc-number field even before anything is typed in it", () => {
    expect(withheldReason(field({ autocomplete: "cc-number", value: "" }))).toBe("card-number");
  });
});

describe("withheldReason: card numbers by value", () => {
  it.each([VISA, "4111 1111 1111 1111", "5555-5555-5555-4444", AMEX, VISA_13, DISCOVER_19])(
    "withholds %s typed in a field labelled as something harmless",
    (value) => {
      expect(withheldReason(field({ label: "Your message", name: "comment", value }))).toBe("card-number");
    },
  );

  it("keeps a 16-digit number that fails Luhn in a neutral field", () => {
    expect(withheldReason(field({ label: "Contract number", name: "contract", value: "1234567812345678" }))).toBeUndefined();
  });

  it("keeps a 12-digit order number", () => {
    expect(withheldReason(field({ label: "Order number", name: "order", value: "123456789012" }))).toBeUndefined();
  });

  it("withholds a value in a field named as a card number even when it fails Luhn (a typo is still a card)", () => {
    expect(withheldReason(field({ label: "Card number", value: "4111 1111 1111 1112" }))).toBe("card-number");
    expect(withheldReason(field({ label: "Numéro de carte", value: "4111 1111" }))).toBe("card-number");
    expect(withheldReason(field({ name: "cardNumber", value: "4111" }))).toBe("card-number");
    expect(withheldReason(field({ id: "cc_num", value: "4111" }))).toBe("card-number");
  });

  it("keeps an empty or letters-only card-number field (nothing to hide)", () => {
    expect(withheldReason(field({ label: "Card number", value: "" }))).toBeUndefined();
  });

  it("every Luhn-valid number of 13 to 19 digits is withheld whatever the label", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 18 }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        (body, label, name) => {
          const value = body + String(luhnCheckDigit(body));
          expect(withheldReason(field({ label, name, value }))).toBeDefined();
        },
      ),
    );
  });

  it("a Luhn-valid number grouped with spaces or dashes is withheld as a card number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 18 }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))),
        fc.constantFrom(" ", "-"),
        (body, separator) => {
          const digits = body + String(luhnCheckDigit(body));
          const grouped = digits.match(/.{1,4}/g)!.join(separator);
          expect(withheldReason(field({ label: "Comment", value: grouped }))).toBe("card-number");
        },
      ),
    );
  });

  it("appending a wrong check digit keeps the number (neutral label)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 18 }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))),
        fc.integer({ min: 1, max: 9 }),
        (body, offset) => {
          const wrong = (luhnCheckDigit(body) + offset) % 10;
          expect(withheldReason(field({ label: "Order reference", name: "ref", value: body + String(wrong) }))).toBeUndefined();
        },
      ),
    );
  });
});

describe("withheldReason: card security codes", () => {
  it.each([
    "CVV",
    "CVV2",
    "CVC",
    "CSC",
    "Card verification value",
    "Security code",
    "Cryptogramme visuel",
    "Cryptogramme",
    "Crypto",
    "Code de securite",
    "Code CVV (3 chiffres au dos de la carte)",
  ])("withholds the field labelled %s", (label) => {
    expect(withheldReason(field({ label, value: "123" }))).toBe("card-security-code");
  });

  it.each([
    ["name", "cardCvv"],
    ["name", "card_cvc"],
    ["id", "payment-cvv"],
    ["name", "billing[cvc]"],
    ["id", "cc.csc"],
  ] as const)("withholds by %s=%s", (attribute, text) => {
    expect(withheldReason(field({ [attribute]: text, value: "123" }))).toBe("card-security-code");
  });

  it("withholds the field even when empty, so the choice does not depend on what was typed", () => {
    expect(withheldReason(field({ label: "CVC", value: "" }))).toBe("card-security-code");
  });

  it("does not take words that merely contain the letters for a security code", () => {
    expect(withheldReason(field({ label: "Discovery channel", name: "acidity", value: "123" }))).toBeUndefined();
  });
});

describe("withheldReason: one-time codes", () => {
  it("withholds autocomplete=one-time-code", () => {
    expect(withheldReason(field({ autocomplete: "one-time-code", label: "Code", value: "482913" }))).toBe("one-time-code");
  });

  it.each([
    "OTP",
    "One-time password",
    "One time code",
    "2FA code",
    "MFA token",
    "TOTP",
    "Verification code",
    "Code de verification",
    "Code de vérification",
    "Code à usage unique",
    "SMS code",
  ])("withholds the field labelled %s", (label) => {
    expect(withheldReason(field({ label, value: "482913" }))).toBe("one-time-code");
  });

  it("withholds by name (otpCode)", () => {
    expect(withheldReason(field({ name: "otpCode", value: "482913" }))).toBe("one-time-code");
  });
});

describe("withheldReason: ordinary fields are kept", () => {
  it.each([
    field({ type: "email", autocomplete: "email", label: "Email", value: "ana@example.org" }),
    field({ type: "tel", autocomplete: "tel", label: "Téléphone", value: "+33 6 12 34 56 78" }),
    field({ type: "textarea", label: "Votre message", value: "Ma box ne fonctionne plus depuis le 3 mars." }),
    field({ label: "Subject", name: "subject", value: "Refund for order 123456789012" }),
    field({ label: "Postcode", autocomplete: "postal-code", value: "75011" }),
    field({ label: "Code postal", name: "code_postal", value: "75011" }),
    field({ label: "Code client", name: "customer_code", value: "C-88231" }),
  ])("keeps $label", (f) => {
    expect(withheldReason(f)).toBeUndefined();
  });
});
