// Which brand a page belongs to, from its address.

/** The host of an http(s) address, lower case and without port, or undefined for anything else. */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return parsed.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A readable brand name from a host: "www.yellow-telecom.fr" gives "yellow-telecom.fr". */
export function brandNameFromHost(host: string): string {
  return host.replace(/^www\./, "");
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function hostBelongsTo(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The match patterns that cover a watched host for content scripts and host permissions.
 * Match patterns carry no port, so a watched host is watched on every port.
 */
export function matchPatternsForHost(host: string): string[] {
  return [`*://${host}/*`];
}
