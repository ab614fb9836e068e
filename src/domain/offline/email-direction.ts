// Who wrote an e-mail, guessed from its sender: from one of the brand's domains it is the brand's
// response; otherwise it is the person's own contact attempt. The person can switch it before saving.
import { hostBelongsTo } from "../brand";

export type EmailDirection = "sent" | "received";

/** The domain of an e-mail address, lower case, or undefined when there is none. */
export function addressDomain(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  const domain = at === -1 ? "" : address.slice(at + 1).trim().replace(/>$/, "").replace(/\.$/, "").toLowerCase();
  return domain || undefined;
}

export function emailDirection(fromAddress: string | undefined, brandDomains: readonly string[]): EmailDirection {
  const domain = fromAddress ? addressDomain(fromAddress) : undefined;
  if (!domain) return "sent";
  // A case opened on www.brand.fr also owns mail from brand.fr and its other subdomains.
  const domains = brandDomains.map((d) => d.replace(/^www\./, ""));
  return hostBelongsTo(domain, domains) ? "received" : "sent";
}
