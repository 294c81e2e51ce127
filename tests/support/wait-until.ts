/**
 * Reads state another process changes (a row a job updates) until it satisfies `done`, and
 * returns it. For state with no event to await; the deadline makes a missing change a failure.
 */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 20_000, everyMs = 50 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
