/**
 * The ticket-list scenario's verdict: each list's figures at the larger ticket count beside its
 * own at the smaller, and their ratio. A p95 that grows more than DOES_NOT_SCALE_RATIO times is
 * flagged. The reference (mean of its runs before and after the lists at each count) shows how
 * much the machine itself moved in between; a list's ratio divided by the reference's is printed
 * beside the raw one, and a large drift is called out.
 */
import { printAligned } from './table.mjs';

export const DOES_NOT_SCALE_RATIO = 3;
/** A reference that moved more than this (either way) between the counts makes every ratio suspect. */
const DRIFT_WARNING_RATIO = 1.5;

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** Figures of one list at one count; a run in which no response came back has no latency to give. */
const figuresOf = (runs) => ({
  requestsPerSecond: round(mean(runs.map((run) => run.requestsPerSecond))),
  p50Ms: round(mean(runs.map((run) => run.p50Ms))),
  p95Ms: round(mean(runs.map((run) => run.p95Ms))),
  responses: runs.reduce((sum, run) => sum + run.requests, 0),
});

const ratio = (after, before) => (after === null || before === null ? null : round(after / before));
const ratiosOf = (before, after) => ({
  p95: ratio(after.p95Ms, before.p95Ms),
  p50: ratio(after.p50Ms, before.p50Ms),
  requestsPerSecond: ratio(after.requestsPerSecond, before.requestsPerSecond),
});

export function summariseTicketLists({ targets, runs, ticketCounts }) {
  const [small, large] = [ticketCounts[0], ticketCounts.at(-1)];
  const at = (key, tickets) => figuresOf(runs.filter((run) => run.list === key && run.tickets === tickets));
  const row = (key, label) => {
    const [before, after] = [at(key, small), at(key, large)];
    return { list: key, label, [small]: before, [large]: after, ratios: ratiosOf(before, after) };
  };
  const reference = row('reference', targets.reference.label);
  const drift = reference.ratios.p95;
  const lists = Object.entries(targets.lists).map(([key, list]) => {
    const figures = row(key, list.label);
    // No response within a whole run at the larger count: slower than the run itself, so it does not scale.
    const p95 = figures.ratios.p95 ?? Infinity;
    return { ...figures, p95RatioOverReference: ratio(figures.ratios.p95, drift), scales: p95 <= DOES_NOT_SCALE_RATIO };
  });
  return {
    ticketCounts: { small, large },
    rule: `p95 at ${large.toLocaleString('en')} tickets at most ${DOES_NOT_SCALE_RATIO}x the p95 of the same request at ${small.toLocaleString('en')}`,
    reference,
    machineDrifted: !(drift <= DRIFT_WARNING_RATIO && drift >= 1 / DRIFT_WARNING_RATIO),
    lists,
  };
}

const thousands = (tickets) => `${tickets / 1000}k`;
const ms = (value) => (value === null ? 'none' : value.toFixed(1));
const times = (value) => (value === null ? '-' : `${value.toFixed(2)}x`);

export function printTicketListsReport({ summary, settings }) {
  const { small, large } = summary.ticketCounts;
  const [s, l] = [thousands(small), thousands(large)];
  console.log(`\nTicket lists at ${small.toLocaleString('en')} and then ${large.toLocaleString('en')} tickets (same requests, same Strapi process)`);
  console.log(`${settings.connections} connections, ${settings.durationSeconds} s per measured run; latencies in ms ('none': no response within the run)\n`);
  const header = ['list', `p95 ${s}`, `p95 ${l}`, 'p95 ratio', 'ratio / ref', `p50 ${s}`, `p50 ${l}`, `req/s ${s}`, `req/s ${l}`, 'verdict'];
  const line = (row, verdict) => [
    row.label,
    ms(row[small].p95Ms),
    ms(row[large].p95Ms),
    times(row.ratios.p95),
    verdict === undefined ? '' : times(row.p95RatioOverReference),
    ms(row[small].p50Ms),
    ms(row[large].p50Ms),
    row[small].requestsPerSecond.toFixed(1),
    row[large].requestsPerSecond.toFixed(1),
    verdict ?? '(machine drift)',
  ];
  printAligned(header, [...summary.lists.map((row) => line(row, row.scales ? 'scales' : 'does not scale')), line(summary.reference)]);
  const failing = summary.lists.filter((row) => !row.scales);
  console.log(`\nRule: ${summary.rule}. ${failing.length === 0 ? 'Every list scales.' : `Does not scale: ${failing.map((row) => row.label).join('; ')}.`}`);
  if (summary.machineDrifted) {
    console.log(`The reference itself moved ${times(summary.reference.ratios.p95)} between the counts: the machine was busier or quieter; read the ratios over the reference.`);
  }
}
