// The brand's web address as a person types it when starting a case by hand ("Yellow-Telecom.fr",
// "https://www.yellow-telecom.fr/contact"), turned into the domain the case is kept under.
import { Domain } from "../evidence";

export function brandDomainFromInput(input: string): string | undefined {
  const text = input.trim();
  if (!text || /[\s@]/.test(text)) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // www. is the same brand: the case then also covers the brand's other subdomains.
  const domain = host.replace(/^www\./, "").replace(/\.$/, "");
  const looksLikeOne = domain.includes(".") || domain === "localhost" || domain.startsWith("[");
  return looksLikeOne && Domain.safeParse(domain).success && !domain.split(".").some((label) => label === "") ? domain : undefined;
}
