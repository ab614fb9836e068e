// Figure: a page of a site the person did not watch gets nothing from the extension, even with
// the extension installed and host access granted (the test build pre-grants localhost).
// Three independent signs, each with a positive control on the watched site:
// what is registered, what actually ran in the page, and what a sent form leaves behind.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROME_TEST_BUILD } from "../browser.mjs";
import { commitCount, installCommitProbe, registeredScripts } from "../worker-probes.mjs";
import { extensionWorlds, scriptsCovering } from "./injection.mjs";

const SETTLE_MS = 1_000;

function staticScriptsCovering(host) {
  const manifest = JSON.parse(readFileSync(join(CHROME_TEST_BUILD, "manifest.json"), "utf8"));
  const scripts = (manifest.content_scripts ?? []).map((s, i) => ({ id: `manifest#${i}`, matches: s.matches ?? [] }));
  return scriptsCovering(scripts, host);
}

/**
 * `watchedUrl` is a page of the watched host, `unwatchedFormUrl` the repeat form on a host that
 * is not watched; `posts()` counts forms the server received.
 */
export async function checkNotWatched({ browser, watchedHost, unwatchedHost, watchedUrl, unwatchedFormUrl, posts }) {
  const worker = await browser.worker();
  const scripts = await worker.evaluate(registeredScripts);
  const registeredForWatched = scriptsCovering(scripts, watchedHost);
  const registeredForUnwatched = [...scriptsCovering(scripts, unwatchedHost), ...staticScriptsCovering(unwatchedHost)];

  const watchedPage = await browser.context.newPage();
  await watchedPage.goto(watchedUrl);
  const worldsWatched = await extensionWorlds(browser.context, watchedPage, browser.extensionId);
  await watchedPage.close();

  const page = await browser.context.newPage();
  await page.goto(unwatchedFormUrl);
  const worldsUnwatched = await extensionWorlds(browser.context, page, browser.extensionId);

  // Send a contact form there, as a person would, and look for any event committed after it.
  await worker.evaluate(installCommitProbe);
  const commitsBefore = await worker.evaluate(commitCount);
  const postsBefore = posts();
  await page.getByLabel("Your name").fill("Marc Dupont");
  await page.getByLabel("Your message").fill("This site is not watched: nothing may be kept.");
  await page.getByRole("button", { name: "Send" }).click();
  const deadline = Date.now() + 5_000;
  while (posts() === postsBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const formSent = posts() > postsBefore;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const commitsAfter = await (await browser.worker()).evaluate(commitCount);
  await page.close();

  const controlsHold = registeredForWatched.length > 0 && worldsWatched.length > 0;
  const nothingInjected = registeredForUnwatched.length === 0 && worldsUnwatched.length === 0 && formSent && commitsAfter === commitsBefore;
  return {
    holds: controlsHold && nothingInjected,
    detail:
      `unwatched ${unwatchedHost}: ${registeredForUnwatched.length} registered script(s) cover it, ` +
      `${worldsUnwatched.length} extension world(s) in the page, ` +
      `${commitsAfter === undefined ? "?" : commitsAfter - commitsBefore} event(s) committed after a sent form (form reached server: ${formSent}); ` +
      `control, watched ${watchedHost}: ${registeredForWatched.length} script(s) cover it, ${worldsWatched.length} world(s) in the page`,
  };
}
