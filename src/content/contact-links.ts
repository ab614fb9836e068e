// A click on a mail or phone link is a contact attempt too: the person is about to write or call.
import { recordCapture } from "./capture-channel";
import type { FormField } from "../domain/evidence";

function field(label: string, value: string): FormField {
  return { label, name: label, type: "link-part", value, length: value.length };
}

export interface ContactLink {
  channel: "email" | "phone";
  target: string;
  fields: FormField[];
}

/** Reads a mailto: or tel: address; undefined for any other link. */
export function readContactLink(href: string): ContactLink | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol === "tel:") {
    const number = decodeURIComponent(url.pathname).replace(/[^\d+*#]/g, "");
    return number ? { channel: "phone", target: number, fields: [] } : undefined;
  }
  if (url.protocol !== "mailto:") return undefined;
  const fields: FormField[] = [];
  for (const [name, value] of url.searchParams) {
    if (/^(subject|body|cc|bcc)$/i.test(name) && value) fields.push(field(name.toLowerCase(), value));
  }
  return { channel: "email", target: decodeURIComponent(url.pathname), fields };
}

function onClick(event: MouseEvent): void {
  if (!event.isTrusted || !(event.target instanceof Element)) return;
  const link = event.target.closest("a[href]");
  if (!(link instanceof HTMLAnchorElement)) return;
  const contact = readContactLink(link.href);
  if (!contact) return;
  const text = (link.textContent ?? "").replace(/\s+/g, " ").trim();
  recordCapture({
    kind: "contact-attempt",
    payload: { channel: contact.channel, target: contact.target, fields: contact.fields, ...(text ? { summary: text } : {}) },
  });
}

export function startContactLinks(): void {
  window.addEventListener("click", onClick, { capture: true });
}
