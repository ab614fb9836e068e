// Figure: how much slower a page loads with the extension than in a browser with no extension
// at all. One browser per condition, all open side by side, loading the same address in turn.
// The order rotates every round (ABC, BCA, CAB…), so drift of a shared machine (a busy core, a
// warming cache) and any advantage of going first or last fall on every condition alike.
import { median } from "../stats.mjs";

/** loadEventEnd of the page's navigation entry: from navigation start to the end of its load handlers. */
function loadEventEnd() {
  return new Promise((resolve) => {
    const read = () => {
      const [nav] = performance.getEntriesByType("navigation");
      if (nav && nav.loadEventEnd > 0) resolve(nav.loadEventEnd);
      else setTimeout(read, 0);
    };
    read();
  });
}

async function loadOnce(page, url) {
  await page.goto(url, { waitUntil: "load" });
  return page.evaluate(loadEventEnd);
}

/**
 * `pages` maps a condition's name to the page (tab) that loads for it. Each loads `url` `rounds`
 * times after `warmup` unrecorded rounds; a query string that changes each round keeps every
 * load a fresh network load. Returns each condition's samples (in round order) and median.
 */
export async function comparePageLoads({ pages, url, rounds, warmup }) {
  const names = Object.keys(pages);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = -warmup; round < rounds; round += 1) {
    const shift = ((round % names.length) + names.length) % names.length;
    const order = [...names.slice(shift), ...names.slice(0, shift)];
    for (const name of order) {
      const value = await loadOnce(pages[name], `${url}?round=${round}`);
      if (round >= 0) samples[name].push(value);
    }
  }
  const medians = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
  return { samples, medians };
}

/** Median of the per-round ratios a/b: each pair was measured within the same second. */
export function pairedRatio(a, b) {
  return median(a.map((value, i) => value / b[i]));
}
