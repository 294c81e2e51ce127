import { retryDelayMs } from '../outbox';

describe('how long a failed email waits before the next try', () => {
  it('doubles after each failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });
});
