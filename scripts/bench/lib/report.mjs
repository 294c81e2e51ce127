/** The bench's verdicts: a table on the console per scenario and the same figures as JSON. */
import fs from 'node:fs/promises';
import { printAligned } from './table.mjs';

/** The budget the README promises: ticket create p95 at most this many times the baseline's. */
export const P95_BUDGET_RATIO = 2;

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value, digits = 2) => Number(value.toFixed(digits));

/** The runs of the reference measured before and after the target, as one row. */
const meanOf = (name, runs) => ({
  name: `${name}, mean of ${runs.length} runs`,
  requestsPerSecond: round(mean(runs.map((run) => run.requestsPerSecond))),
  p50Ms: round(mean(runs.map((run) => run.p50Ms))),
  p95Ms: round(mean(runs.map((run) => run.p95Ms))),
  non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
});

// How much the machine moved during the run: the same route measured before and after.
const driftOf = (runs) => {
  const [first, last] = [runs[0], runs.at(-1)];
  return { p95: round(last.p95Ms / first.p95Ms - 1, 3), requestsPerSecond: round(last.requestsPerSecond / first.requestsPerSecond - 1, 3) };
};

export function summarise({ baselineRuns, target }) {
  const baseline = meanOf('baseline', baselineRuns);
  const p95Ratio = target.p95Ms / baseline.p95Ms;
  return {
    baseline,
    baselineDrift: driftOf(baselineRuns),
    ratios: { p95: round(p95Ratio, 3), requestsPerSecond: round(target.requestsPerSecond / baseline.requestsPerSecond, 3) },
    budget: { rule: `ticket create p95 <= ${P95_BUDGET_RATIO} x baseline p95`, pass: p95Ratio <= P95_BUDGET_RATIO },
  };
}

/** The portal scenario has no budget: the SSR home page beside the static page, figures only. */
export function summarisePortal({ staticRuns, home }) {
  const staticPage = meanOf('static page', staticRuns);
  return {
    staticPage,
    staticDrift: driftOf(staticRuns),
    ratios: {
      p50: round(home.p50Ms / staticPage.p50Ms, 4),
      p95: round(home.p95Ms / staticPage.p95Ms, 4),
      requestsPerSecond: round(home.requestsPerSecond / staticPage.requestsPerSecond, 4),
    },
  };
}

const percent = (fraction) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(0)}%`;

function printTable({ title, rows: runs, settings }) {
  const rows = runs.map((run) => [run.name, run.requestsPerSecond.toFixed(1), run.p50Ms.toFixed(1), run.p95Ms.toFixed(1), String(run.non2xx)]);
  console.log(`\n${settings.connections} connections, ${settings.durationSeconds} s per measured run, in order top to bottom:\n`);
  printAligned([title, 'req/s', 'p50 ms', 'p95 ms', 'non-2xx'], rows);
}

export function printReport({ runs, summary, settings }) {
  printTable({ title: 'route', rows: [...runs, summary.baseline], settings });
  console.log(`\nbaseline drift, last run vs first: p95 ${percent(summary.baselineDrift.p95)}, req/s ${percent(summary.baselineDrift.requestsPerSecond)}`);
  console.log(`ticket / baseline: p95 ${summary.ratios.p95.toFixed(2)}x, req/s ${summary.ratios.requestsPerSecond.toFixed(2)}x`);
  console.log(`Budget (${summary.budget.rule}): ${summary.budget.pass ? 'PASS' : 'FAIL'}`);
}

export function printPortalReport({ runs, summary, settings }) {
  console.log('\nPortal: the home page (SSR through Astro to Strapi) beside a static page of the same process');
  printTable({ title: 'page', rows: [...runs, summary.staticPage], settings });
  console.log(`\nstatic page drift, last run vs first: p95 ${percent(summary.staticDrift.p95)}, req/s ${percent(summary.staticDrift.requestsPerSecond)}`);
  // Three significant digits: the ratios here span from hundreds to hundredths.
  const times = (ratio) => `${Number(ratio.toPrecision(3))}x`;
  const { p50, p95, requestsPerSecond } = summary.ratios;
  console.log(`home / static page: p50 ${times(p50)}, p95 ${times(p95)}, req/s ${times(requestsPerSecond)} (no budget: figures only)`);
}

export const writeJson = (file, results) => fs.writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
