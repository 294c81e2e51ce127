/** The bench's verdict: a table on the console and the same figures as JSON. */
import fs from 'node:fs/promises';

/** The budget the README promises: ticket create p95 at most this many times the baseline's. */
export const P95_BUDGET_RATIO = 2;

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value, digits = 2) => Number(value.toFixed(digits));

export function summarise({ baselineRuns, target }) {
  const baseline = {
    name: `baseline, mean of ${baselineRuns.length} runs`,
    requestsPerSecond: round(mean(baselineRuns.map((run) => run.requestsPerSecond))),
    p50Ms: round(mean(baselineRuns.map((run) => run.p50Ms))),
    p95Ms: round(mean(baselineRuns.map((run) => run.p95Ms))),
    non2xx: baselineRuns.reduce((sum, run) => sum + run.non2xx, 0),
  };
  const p95Ratio = target.p95Ms / baseline.p95Ms;
  const [first, last] = [baselineRuns[0], baselineRuns.at(-1)];
  return {
    baseline,
    // How much the machine moved during the run: the same route measured before and after.
    baselineDrift: { p95: round(last.p95Ms / first.p95Ms - 1, 3), requestsPerSecond: round(last.requestsPerSecond / first.requestsPerSecond - 1, 3) },
    ratios: { p95: round(p95Ratio, 3), requestsPerSecond: round(target.requestsPerSecond / baseline.requestsPerSecond, 3) },
    budget: { rule: `ticket create p95 <= ${P95_BUDGET_RATIO} x baseline p95`, pass: p95Ratio <= P95_BUDGET_RATIO },
  };
}

export function printReport({ runs, summary, settings }) {
  const rows = [...runs, summary.baseline].map((run) => [
    run.name,
    run.requestsPerSecond.toFixed(1),
    run.p50Ms.toFixed(1),
    run.p95Ms.toFixed(1),
    String(run.non2xx),
  ]);
  const header = ['route', 'req/s', 'p50 ms', 'p95 ms', 'non-2xx'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ');
  console.log(`\n${settings.connections} connections, ${settings.durationSeconds} s per measured run, in order top to bottom:\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const percent = (fraction) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(0)}%`;
  console.log(`\nbaseline drift, last run vs first: p95 ${percent(summary.baselineDrift.p95)}, req/s ${percent(summary.baselineDrift.requestsPerSecond)}`);
  console.log(`ticket / baseline: p95 ${summary.ratios.p95.toFixed(2)}x, req/s ${summary.ratios.requestsPerSecond.toFixed(2)}x`);
  console.log(`Budget (${summary.budget.rule}): ${summary.budget.pass ? 'PASS' : 'FAIL'}`);
}

export const writeJson = (file, results) => fs.writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
