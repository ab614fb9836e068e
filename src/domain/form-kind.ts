// Tells a contact, complaint or claim form from forms that are not contact attempts
// (search, log-in, newsletter sign-up). Works on what the form shows, not on its markup alone.

export type FormKind = "contact" | "search" | "login" | "newsletter";

export interface FormShape {
  /** role attribute of the form, its action URL and its id/name/class, in one string. */
  identity: string;
  fields: ReadonlyArray<{ type: string; label: string; name: string; autocomplete: string }>;
}

const SEARCH_WORDS = /\b(search|recherche|rechercher|query|chercher)\b/i;
const NEWSLETTER_WORDS = /\b(newsletter|subscribe|s'abonner|abonnez|inscri(re|ption) (à|a) (la|notre) (newsletter|lettre))\b/i;
const CONTACT_WORDS = /\b(contact|message|complain|complaint|claim|r[ée]clamation|plainte|support|help|aide|demande|request|ticket|inquiry|enqu[iê]ry|feedback|litige|dossier|sav)\b/i;

function isTextEntry(type: string): boolean {
  return ["text", "textarea", "email", "tel", "url", "number", "select-one", "select-multiple", "search", "file"].includes(type);
}

export function classifyForm(shape: FormShape): FormKind {
  const fields = shape.fields;
  const described = `${shape.identity} ${fields.map((f) => `${f.label} ${f.name}`).join(" ")}`;
  const hasTextarea = fields.some((f) => f.type === "textarea");
  const passwords = fields.filter((f) => f.type === "password" || /password/.test(f.autocomplete));
  const entries = fields.filter((f) => isTextEntry(f.type));

  if (passwords.length > 0 && !hasTextarea && entries.length <= 2) return "login";
  if (!hasTextarea) {
    if (/\brole=search\b/i.test(shape.identity) || fields.some((f) => f.type === "search")) return "search";
    if (entries.length === 1 && SEARCH_WORDS.test(described)) return "search";
    const onlyEmail = entries.length === 1 && (entries[0]?.type === "email" || /email/i.test(entries[0]?.autocomplete ?? ""));
    if (onlyEmail && (NEWSLETTER_WORDS.test(described) || !CONTACT_WORDS.test(described))) return "newsletter";
  }
  return "contact";
}
