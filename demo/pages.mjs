// The pages Yellow Telecom's server writes itself: the answer to a sent form, in English or French.
// Their wording is what a real confirmation says ("ticket number …", "votre demande n° …"),
// which is what Receipts reads to record the outcome and its reference.

const LOGO = `<svg class="brand-mark" viewBox="0 0 40 40" aria-hidden="true"><rect width="40" height="40" rx="10" fill="#1d1d1b"/><path d="M11 10l9 11 9-11M20 21v10" stroke="#ffd200" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`;

const TEXT = {
  en: {
    home: "/",
    contact: "/contact.html",
    other: { lang: "fr", label: "FR", href: "/fr/" },
    nav: "Help &amp; contact",
    footer: "A fictional operator made for the Receipts demo. No real company, customer or address is involved.",
    fine: "© Yellow Telecom (fictional). Customer service replies within 48 hours.",
    okTitle: "Request received — Yellow Telecom",
    okHeading: "Thank you, we have received your request",
    ticketLine: (ticket) => `Your ticket number is <span class="ticket">${ticket}</span>`,
    promise: (by) => `An adviser will reply within 48 hours, by ${by}.`,
    recap: { subject: "Subject", reply: "We will answer", copy: "A copy was sent to" },
    keep: "Keep this number: you will be asked for it if you call us on 3900.",
    back: "Back to the home page",
    badTitle: "Request not sent — Yellow Telecom",
    badHeading: "Your request could not be sent",
    badBody: (missing) => `Some required fields are empty: ${missing}. Please go back and try again.`,
    backToForm: "Back to the form",
    locale: "en-GB",
  },
  fr: {
    home: "/fr/",
    contact: "/fr/contact.html",
    other: { lang: "en", label: "EN", href: "/" },
    nav: "Aide et contact",
    footer: "Un opérateur fictif créé pour la démonstration de Receipts. Aucune entreprise, aucun client ni aucune adresse réels.",
    fine: "© Yellow Telecom (fictif). Le service client répond sous 48 heures.",
    okTitle: "Demande reçue — Yellow Telecom",
    okHeading: "Merci, votre demande a bien été enregistrée",
    ticketLine: (ticket) => `Votre demande n° <span class="ticket">${ticket}</span> sera traitée sous 48 heures.`,
    promise: (by) => `Un conseiller vous répondra au plus tard le ${by}.`,
    recap: { subject: "Objet", reply: "Réponse", copy: "Copie envoyée à" },
    keep: "Conservez ce numéro : il vous sera demandé si vous nous appelez au 3900.",
    back: "Retour à l’accueil",
    badTitle: "Demande non envoyée — Yellow Telecom",
    badHeading: "Votre demande n’a pas pu être envoyée",
    badBody: (missing) => `Des champs obligatoires sont vides : ${missing}. Revenez au formulaire et réessayez.`,
    backToForm: "Retour au formulaire",
    locale: "fr-FR",
  },
};

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** "marc.dupont@example.org" → "m•••@example.org": a confirmation never echoes an address in full. */
function maskEmail(email) {
  const [user = "", domain = ""] = String(email).split("@");
  return domain ? `${user.slice(0, 1)}•••@${domain}` : "";
}

function layout(lang, title, body) {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="/assets/favicon.svg">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <div class="utility"><div class="wrap"><span></span><span class="lang"><a href="${t.other.href}" hreflang="${t.other.lang}">${t.other.label}</a></span></div></div>
  <header class="site-header"><div class="wrap">
    <a class="brand" href="${t.home}">${LOGO}Yellow Telecom</a>
    <nav class="site-nav" aria-label="Main"><a href="${t.contact}" aria-current="page">${t.nav}</a></nav>
  </div></header>
  <main class="wrap">${body}</main>
  <footer class="site-footer"><div class="wrap">
    <div><strong>Yellow Telecom</strong>${t.footer}</div>
    <p class="fine">${t.fine}</p>
  </div></footer>
</body>
</html>`;
}

/** The page shown after a complaint was accepted. `summary` holds display strings only. */
export function confirmationPage({ lang, ticket, replyBy, summary }) {
  const t = TEXT[lang];
  const by = new Intl.DateTimeFormat(t.locale, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }).format(replyBy);
  const rows = [
    [t.recap.subject, summary.subject],
    [t.recap.reply, summary.reply],
    [t.recap.copy, maskEmail(summary.email)],
  ].filter(([, value]) => value);
  return layout(
    lang,
    t.okTitle,
    `<section class="status ok">
      <h1>${t.okHeading}</h1>
      <p>${t.ticketLine(escapeHtml(ticket))}</p>
      <p>${escapeHtml(t.promise(by))}</p>
      <dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>
      <p>${t.keep}</p>
      <a class="button" href="${t.home}">${t.back}</a>
    </section>`,
  );
}

/** The page shown when the server refuses the form (required fields left empty). */
export function refusedPage({ lang, missing }) {
  const t = TEXT[lang];
  return layout(
    lang,
    t.badTitle,
    `<section class="status bad">
      <h1>${t.badHeading}</h1>
      <p>${escapeHtml(t.badBody(missing.join(", ")))}</p>
      <a class="button" href="${t.contact}">${t.backToForm}</a>
    </section>`,
  );
}
