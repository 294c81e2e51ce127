import { summarize, type Rated } from '../satisfaction';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe('a location\'s feedback summary', () => {
  it('has no average and not enough feedback for a trend when empty', () => {
    expect(summarize([], now)).toEqual({ count: 0, average: null, trend: 'not enough feedback', byMonth: [] });
  });

  it('averages on the 1 to 5 scale', () => {
    const entries: Rated[] = [
      { rating: 'extremely-satisfied', at: daysAgo(1) },
      { rating: 'satisfied', at: daysAgo(2) },
      { rating: 'dissatisfied', at: daysAgo(3) },
    ];
    expect(summarize(entries, now).average).toBe(3.7);
  });

  it('calls the trend improving when the last 30 days beat the 30 before', () => {
    const entries: Rated[] = [
      { rating: 'satisfied', at: daysAgo(5) },
      { rating: 'extremely-satisfied', at: daysAgo(10) },
      { rating: 'neutral', at: daysAgo(40) },
      { rating: 'dissatisfied', at: daysAgo(45) },
    ];
    expect(summarize(entries, now).trend).toBe('improving');
  });

  it('calls the trend worsening, or steady within a quarter point', () => {
    expect(summarize([{ rating: 'neutral', at: daysAgo(5) }, { rating: 'satisfied', at: daysAgo(35) }], now).trend).toBe('worsening');
    expect(summarize([{ rating: 'satisfied', at: daysAgo(5) }, { rating: 'satisfied', at: daysAgo(35) }], now).trend).toBe('steady');
  });

  it('gives the mean of each month, oldest first', () => {
    const entries: Rated[] = [
      { rating: 'satisfied', at: new Date('2026-11-03T10:00:00Z') },
      { rating: 'neutral', at: new Date('2026-10-20T10:00:00Z') },
      { rating: 'extremely-satisfied', at: new Date('2026-10-21T10:00:00Z') },
    ];
    expect(summarize(entries, now).byMonth).toEqual([
      { month: '2026-10', average: 4, count: 2 },
      { month: '2026-11', average: 4, count: 1 },
    ]);
  });
});
