// Yellow Telecom's web server for the demo: the static site in demo/site/ and the contact form's
// answer, on loopback only. `node demo/server.mjs [port]` runs it alone.
//
// The demo's browser reaches it as http://www.yellow-telecom.test:<port>/ (Chromium is told to
// resolve that name to 127.0.0.1, see DEMO_HOST_RESOLVER_FLAG), so Receipts names the case after a
// brand-like host rather than "127.0.0.1". The server itself does not look at the Host header, and
// every link it serves is a path ("/contact.html"), so it answers under either name.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { confirmationPage, refusedPage } from "./pages.mjs";

const ROOT = fileURLToPath(new URL("./site/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const BODY_LIMIT = 200_000;
const REPLY_WITHIN_MS = 48 * 60 * 60 * 1000;
export const DEMO_PORT = 8760;
/** The host name the demo site goes by in the demo's browser (.test is reserved for testing, RFC 2606). */
export const DEMO_HOST = "www.yellow-telecom.test";
/** The Chromium flag that makes DEMO_HOST (on any port) resolve to the server's loopback address. */
export const DEMO_HOST_RESOLVER_FLAG = `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`;

// Each form names its fields in its own language; the server reads both.
const FORMS = {
  "/contact": {
    lang: "en",
    fields: { name: "name", email: "email", customer: "customer", subject: "subject", message: "message", reply: "reply" },
    required: { name: "Your name", email: "E-mail address", subject: "Subject", message: "Your message" },
    subjects: { billing: "Billing", works: "Damage during fibre works", outage: "Outage or slow connection", moving: "Moving home", cancel: "Cancelling a contract", other: "Something else" },
    replies: { email: "By e-mail", phone: "By phone" },
  },
  "/fr/contact": {
    lang: "fr",
    fields: { name: "nom", email: "courriel", customer: "client", subject: "objet", message: "texte", reply: "reponse" },
    required: { name: "Nom et prénom", email: "Adresse e-mail", subject: "Objet", message: "Votre message" },
    subjects: { facture: "Facturation", travaux: "Dégâts pendant les travaux", panne: "Panne ou connexion lente", demenagement: "Déménagement", resiliation: "Résiliation", autre: "Autre demande" },
    replies: { email: "Par e-mail", telephone: "Par téléphone" },
  },
};

/** Ticket numbers look like a real telco's: YT-<yymmdd>-<sequence>. The sequence starts at random so runs differ. */
function ticketMaker(now = () => new Date()) {
  let sequence = 1000 + Math.floor(Math.random() * 8000);
  return () => {
    const d = now();
    const day = `${String(d.getFullYear()).slice(2)}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
    sequence += 1 + Math.floor(Math.random() * 7);
    return `YT-${day}-${sequence}`;
  };
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new Error("body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers }).end(body);
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => reject(error);
    server.once("error", onError);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", onError);
      const address = server.address();
      resolvePort(typeof address === "object" && address ? address.port : port);
    });
  });
}

/**
 * Starts the server on `port` (8760 by default, so the demo's addresses stay the same from run
 * to run), or on any free port when that one is taken and `fallback` allows it.
 */
export async function startDemoServer({ port = DEMO_PORT, fallback = true } = {}) {
  const makeTicket = ticketMaker();
  /** Every complaint accepted, with the ticket it was given: the demo checks Receipts against it. */
  const submissions = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://demo.invalid");
    try {
      const form = FORMS[url.pathname];
      if (form && req.method === "POST") {
        const params = new URLSearchParams(await readBody(req));
        const value = (key) => (params.get(form.fields[key]) ?? "").trim();
        const missing = Object.entries(form.required).filter(([key]) => !value(key)).map(([, label]) => label);
        if (missing.length > 0) {
          send(res, 400, TYPES[".html"], refusedPage({ lang: form.lang, missing }));
          return;
        }
        const ticket = makeTicket();
        const at = new Date();
        const summary = { subject: form.subjects[value("subject")] ?? value("subject"), reply: form.replies[value("reply")] ?? "", email: value("email") };
        submissions.push({ path: url.pathname, lang: form.lang, ticket, at: at.toISOString(), fields: Object.fromEntries(params) });
        send(res, 200, TYPES[".html"], confirmationPage({ lang: form.lang, ticket, replyBy: new Date(at.getTime() + REPLY_WITHIN_MS), summary }));
        return;
      }
      if (form) {
        // Reloading the answer page: a real site sends you back to the form.
        send(res, 303, "text/plain", "", { location: form.lang === "fr" ? "/fr/contact.html" : "/contact.html" });
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        send(res, 405, "text/plain", "method not allowed");
        return;
      }
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith("/")) path += "index.html";
      const file = resolve(join(ROOT, path));
      if (!file.startsWith(ROOT) && `${file}${sep}` !== ROOT) {
        send(res, 404, "text/plain", "not found");
        return;
      }
      const body = await readFile(file);
      send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", req.method === "HEAD" ? "" : body);
    } catch (error) {
      const notFound = error && typeof error === "object" && (error.code === "ENOENT" || error.code === "EISDIR");
      send(res, notFound ? 404 : 500, "text/plain; charset=utf-8", notFound ? "not found" : "server error");
    }
  });

  let actualPort;
  try {
    actualPort = await listen(server, port);
  } catch (error) {
    if (!fallback || error?.code !== "EADDRINUSE") throw error;
    actualPort = await listen(server, 0);
  }
  const origin = `http://${DEMO_HOST}:${actualPort}`;
  const loopbackOrigin = `http://127.0.0.1:${actualPort}`;
  return {
    port: actualPort,
    /** The site's host name in the demo browser, which resolves it with `resolverFlag`. */
    host: DEMO_HOST,
    resolverFlag: DEMO_HOST_RESOLVER_FLAG,
    /** http://www.yellow-telecom.test:<port>: only a browser started with `resolverFlag` finds it. */
    origin,
    /** http://127.0.0.1:<port>: the same site for any other browser or tool. */
    loopbackOrigin,
    submissions,
    url: (path = "/") => `${origin}${path}`,
    loopbackUrl: (path = "/") => `${loopbackOrigin}${path}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = process.argv[2] ? Number(process.argv[2]) : DEMO_PORT;
  const demo = await startDemoServer({ port: requested });
  console.log(`Yellow Telecom (demo) on ${demo.loopbackUrl("/")} — French: ${demo.loopbackUrl("/fr/")}. Ctrl+C stops it.`);
  console.log(`As ${demo.url("/")}: start Chromium with "${demo.resolverFlag}".`);
}
