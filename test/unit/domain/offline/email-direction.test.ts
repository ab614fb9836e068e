import { describe, expect, it } from "vitest";
import { addressDomain, emailDirection } from "../../../../src/domain/offline/email-direction";

describe("who wrote an e-mail", () => {
  it("mail from one of the brand's domains is its response", () => {
    expect(emailDirection("service-client@yellow-telecom.fr", ["yellow-telecom.fr"])).toBe("received");
    expect(emailDirection("no-reply@mail.yellow-telecom.fr", ["yellow-telecom.fr"])).toBe("received");
    expect(emailDirection("Service@Yellow-Telecom.FR", ["yellow-telecom.fr"])).toBe("received");
  });

  it("a case opened on the www site also owns the brand's bare domain", () => {
    expect(emailDirection("service-client@yellow-telecom.fr", ["www.yellow-telecom.fr"])).toBe("received");
  });

  it("mail from anyone else is the person's own contact attempt", () => {
    expect(emailDirection("marc@example.org", ["yellow-telecom.fr"])).toBe("sent");
    expect(emailDirection("someone@notyellow-telecom.fr", ["yellow-telecom.fr"])).toBe("sent");
    expect(emailDirection("yellow-telecom.fr@example.org", ["yellow-telecom.fr"])).toBe("sent");
    expect(emailDirection(undefined, ["yellow-telecom.fr"])).toBe("sent");
    expect(emailDirection("service-client@yellow-telecom.fr", [])).toBe("sent");
  });

  it("finds the domain after the last @", () => {
    expect(addressDomain("\"a@b\"@Example.ORG")).toBe("example.org");
    expect(addressDomain("no-at-sign")).toBeUndefined();
  });
});
