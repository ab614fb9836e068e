import { describe, expect, it } from "vitest";
import { brandDomainFromInput } from "../../../../src/domain/offline/brand-domain";

describe("the brand's web address, as typed", () => {
  it.each([
    ["yellow-telecom.fr", "yellow-telecom.fr"],
    ["  Yellow-Telecom.FR ", "yellow-telecom.fr"],
    ["www.yellow-telecom.fr", "yellow-telecom.fr"],
    ["https://www.yellow-telecom.fr/contact?x=1", "yellow-telecom.fr"],
    ["http://shop.yellow-telecom.fr:8080/", "shop.yellow-telecom.fr"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
  ])("%s is kept as %s", (typed, domain) => {
    expect(brandDomainFromInput(typed)).toBe(domain);
  });

  it.each(["", "Yellow Telecom", "yellow", "mailto:a@b.fr", "https://", "yellow..fr", "<b>x</b>.fr"])("%s is not a web address", (typed) => {
    expect(brandDomainFromInput(typed)).toBeUndefined();
  });
});
