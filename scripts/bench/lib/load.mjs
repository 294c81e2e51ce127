/**
 * One autocannon run against one route or page. Latencies of the 2xx responses are kept exactly
 * (in ms, from autocannon's per-response event) so the p95 is a real p95: autocannon's own summary
 * has p50, p97.5 and p99 but no p95.
 */
import autocannon from 'autocannon';

/** Nearest-rank percentile of an ascending list. */
export const percentile = (sorted, fraction) => (sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]);

const hundredths = (value) => Math.round(value * 100) / 100;

/**
 * POSTs `body` as JSON, or GETs `url` when there is no body. A response slower than
 * `timeoutSeconds` (autocannon's default, 10) counts as a timeout, not as a latency.
 */
export async function measure({ name, url, headers, body, connections, durationSeconds, timeoutSeconds = 10 }) {
  const latencies = [];
  const request =
    body === undefined
      ? { method: 'GET', headers }
      : { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  const instance = autocannon({
    url,
    ...request,
    connections,
    duration: durationSeconds,
    timeout: timeoutSeconds,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: hundredths(percentile(latencies, 0.5)),
    p95Ms: hundredths(percentile(latencies, 0.95)),
    // autocannon's own figures, whole milliseconds, for comparison
    autocannon: { p50Ms: result.latency.p50, p97_5Ms: result.latency.p97_5, p99Ms: result.latency.p99 },
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
  };
}

/** Every request must have succeeded, or the figures describe error pages. */
export function assertAllSucceeded(run) {
  if (run.non2xx === 0 && run.errors === 0 && run.timeouts === 0) return;
  throw new Error(
    `${run.name}: ${run.non2xx} non-2xx responses, ${run.errors} errors, ${run.timeouts} timeouts ` +
      `(status codes: ${JSON.stringify(run.statusCodes)}); the figures would not mean anything`,
  );
}
