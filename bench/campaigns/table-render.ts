// The dashboard's comparison table (src/dashboard/campaigns/campaign-comparison.tsx) rendered by preact
// into a happy-dom document, as the campaign page's first render does after reading the cases: the
// comparison computed, then the table and its figures built as DOM. No layout or paint (there is no
// browser here): a lower bound of the first render in the dashboard.
import { Window } from "happy-dom";
import { h, render } from "preact";
import { ComparisonTable } from "../../src/dashboard/campaigns/campaign-comparison";
import { compareCampaign, type Comparison } from "../../src/domain/campaigns/comparison-summary";
import type { CampaignBenchData } from "./measure";

export { campaignBenchData } from "./measure";

export interface TableRenderFigures {
  renderMs: number[];
  computeMs: number[];
  rows: number;
  links: number;
}

export function measureTableRender(data: CampaignBenchData, rounds: number, warmup: number): TableRenderFigures {
  const window = new Window();
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { document: globals.document, window: globals.window };
  globals.document = window.document;
  globals.window = window;
  const renderMs: number[] = [];
  const computeMs: number[] = [];
  let rows = 0;
  let links = 0;
  try {
    for (let round = 0; round < warmup + rounds; round++) {
      const container = window.document.createElement("div");
      window.document.body.appendChild(container);
      const started = performance.now();
      const comparison: Comparison = compareCampaign({ campaign: data.campaign, cases: data.cases, now: data.now });
      const computed = performance.now();
      render(h(ComparisonTable, { comparison }), container as unknown as Element);
      const done = performance.now();
      rows = container.querySelectorAll("tbody tr").length;
      links = container.querySelectorAll("tbody a").length;
      render(null, container as unknown as Element);
      container.remove();
      if (round < warmup) continue;
      computeMs.push(computed - started);
      renderMs.push(done - started);
    }
  } finally {
    globals.document = saved.document;
    globals.window = saved.window;
    void window.happyDOM.close();
  }
  return { renderMs, computeMs, rows, links };
}
