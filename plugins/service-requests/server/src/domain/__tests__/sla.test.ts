import { dueAfter, dueTimes, targetState, worstOf } from '../sla';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe('SLA due times in the location timezone', () => {
  it('a whole-day target falls due at the same local time the next day, across spring-forward (23 real hours)', () => {
    // 2026-03-08 02:00 EST → 03:00 EDT in New York. Raised Saturday 09:00 EST (14:00 UTC).
    const raised = new Date('2026-03-07T14:00:00Z');
    const due = dueAfter(raised, 24, NEW_YORK);
    expect(due.toISOString()).toBe('2026-03-08T13:00:00.000Z'); // Sunday 09:00 EDT
    expect((due.getTime() - raised.getTime()) / 3_600_000).toBe(23);
  });

  it('a whole-day target spans fall-back as 25 real hours', () => {
    // 2026-10-25 03:00 CEST → 02:00 CET in Berlin. Raised Saturday 10:00 CEST (08:00 UTC).
    const raised = new Date('2026-10-24T08:00:00Z');
    const due = dueAfter(raised, 48, BERLIN);
    expect(due.toISOString()).toBe('2026-10-26T09:00:00.000Z'); // Monday 10:00 CET
    expect((due.getTime() - raised.getTime()) / 3_600_000).toBe(49);
  });

  it('hours under a day are elapsed hours, even across the change', () => {
    // Raised 2026-03-08 01:30 EST; four hours later it is 06:30 EDT (clock shows 5 hours on).
    const raised = new Date('2026-03-08T06:30:00Z');
    const due = dueAfter(raised, 4, NEW_YORK);
    expect(due.toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });

  it('a due time that would land in the skipped hour moves forward by that hour', () => {
    // Raised Saturday 02:30 EST; "same time tomorrow" does not exist on Sunday: 03:30 EDT.
    const raised = new Date('2026-03-07T07:30:00Z');
    const due = dueAfter(raised, 24, NEW_YORK);
    expect(due.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('a day and a half is one calendar day and twelve hours', () => {
    const raised = new Date('2026-03-07T14:00:00Z');
    expect(dueAfter(raised, 36, NEW_YORK).toISOString()).toBe('2026-03-09T01:00:00.000Z');
  });

  it('computes both targets from the same start', () => {
    const raised = new Date('2026-06-01T08:00:00Z');
    expect(dueTimes(raised, { firstResponseHours: 4, resolutionHours: 72 }, BERLIN)).toEqual({
      firstResponseDueAt: new Date('2026-06-01T12:00:00Z'),
      resolutionDueAt: new Date('2026-06-04T08:00:00Z'),
    });
  });
});

describe('SLA state', () => {
  const dueAt = new Date('2026-06-02T08:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('is on track with more than a quarter of the time left, due soon with less, breached after', () => {
    expect(targetState({ dueAt, doneAt: null, targetHours: 24, now: at('2026-06-02T01:59:00Z') })).toBe('on_track');
    expect(targetState({ dueAt, doneAt: null, targetHours: 24, now: at('2026-06-02T02:00:00Z') })).toBe('due_soon');
    expect(targetState({ dueAt, doneAt: null, targetHours: 24, now: at('2026-06-02T08:00:01Z') })).toBe('breached');
  });

  it('is met when done in time and stays breached when done late', () => {
    expect(targetState({ dueAt, doneAt: at('2026-06-02T07:00:00Z'), targetHours: 24, now: at('2026-06-09T00:00:00Z') })).toBe('met');
    expect(targetState({ dueAt, doneAt: at('2026-06-02T09:00:00Z'), targetHours: 24, now: at('2026-06-09T00:00:00Z') })).toBe('breached');
  });

  it('has no state without a target, and a ticket takes the worse of its two', () => {
    expect(targetState({ dueAt: null, doneAt: null, targetHours: null, now: new Date() })).toBe('none');
    expect(worstOf('met', 'due_soon')).toBe('due_soon');
    expect(worstOf('breached', 'on_track')).toBe('breached');
    expect(worstOf()).toBe('none');
  });
});
