// Injected with scripting.executeScript({ func }) where the browser has no pageCapture (Firefox): a
// self-contained HTML copy of the page as it is shown, with nothing in it that can run. Self-contained
// function: the browser serialises its source alone.
// Removed: <script>, inline event handlers (on…), javascript: URLs, srcdoc, plug-ins (object, embed),
// meta refresh, script preloads. Kept: text, structure, attributes, and the CSS the page lets us read.
// A Content-Security-Policy meta goes first, so anything that slipped through still cannot run when
// the file is opened.

export type HtmlSnapshot = { ok: true; html: string } | { ok: false; reason: "too-large" | "too-slow" };

export function serializePage(limits: { maxChars: number; maxMs: number }): HtmlSnapshot {
  const started = performance.now();
  const late = () => performance.now() - started > limits.maxMs;
  const root = document.documentElement.cloneNode(true) as HTMLElement;

  const dropped = "script, noscript, object, embed, applet, meta[http-equiv='refresh' i], link[rel~='modulepreload' i], link[rel~='preload' i][as='script' i], link[rel~='import' i]";
  // URL parsing skips leading spaces and control characters, and tabs or new lines anywhere: "java\nscript:" runs.
  // eslint-disable-next-line no-control-regex
  const runnable = /^[\u0000-\u0020]*j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t[\t\n\r]*:/i;
  // Raw-text elements are serialised unescaped: "</style><script>" in their text would open a script.
  const rawText = "style, xmp, noembed, noframes, iframe, plaintext";
  const closing = /<\/(?=\s*(?:style|xmp|noembed|noframes|iframe|plaintext)\b)/gi;
  const hasClosing = new RegExp(closing.source, "i");
  let seen = 0;
  const clean = (scope: ParentNode): boolean => {
    for (const node of scope.querySelectorAll(dropped)) node.remove();
    for (const element of scope.querySelectorAll("*")) {
      if (++seen % 2000 === 0 && late()) return false;
      for (const attribute of [...element.attributes]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on") || name === "srcdoc" || runnable.test(attribute.value)) element.removeAttribute(attribute.name);
      }
      if (element.matches(rawText) && hasClosing.test(element.textContent ?? "")) element.textContent = (element.textContent ?? "").replace(closing, "<\\/");
      // Template contents are serialised too, but are not reached by querySelectorAll.
      if (element instanceof HTMLTemplateElement && !clean(element.content)) return false;
    }
    return true;
  };
  if (!clean(root)) return { ok: false, reason: "too-slow" };

  // The CSS of linked style sheets the page lets us read, instead of links that would fetch it again.
  let css = "";
  const inlined = new Set<string>();
  for (const sheet of document.styleSheets) {
    if (!(sheet.ownerNode instanceof HTMLLinkElement) || !sheet.href) continue;
    try {
      let text = "";
      for (const rule of sheet.cssRules) text += `${rule.cssText}\n`;
      css += text;
      inlined.add(sheet.href);
    } catch {
      // A cross-origin style sheet cannot be read: its link stays.
    }
    if (css.length > limits.maxChars / 4) break;
  }

  const head = root.querySelector("head") ?? root.insertBefore(document.createElement("head"), root.firstChild);
  for (const meta of head.querySelectorAll("meta[charset], meta[http-equiv='content-type' i], meta[http-equiv='content-security-policy' i]")) meta.remove();
  const meta = (attributes: Record<string, string>) => {
    const element = document.createElement("meta");
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  head.prepend(
    meta({ charset: "utf-8" }),
    meta({ "http-equiv": "Content-Security-Policy", content: "script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'" }),
    meta({ name: "receipts-snapshot-of", content: location.href }),
  );
  if (css) {
    for (const link of head.querySelectorAll("link[rel~='stylesheet' i]")) if (inlined.has((link as HTMLLinkElement).href)) link.remove();
    const style = document.createElement("style");
    style.textContent = css.replace(closing, "<\\/");
    head.append(style);
  }

  if (late()) return { ok: false, reason: "too-slow" };
  const html = `<!DOCTYPE html>\n${root.outerHTML}`;
  if (html.length > limits.maxChars) return { ok: false, reason: "too-large" };
  return late() ? { ok: false, reason: "too-slow" } : { ok: true, html };
}
