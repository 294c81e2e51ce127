import { announcementProblems, isPublishedAt, type AnnouncementTarget } from '../announcement-rules';

const base: AnnouncementTarget = {
  scope: 'location',
  locationId: 1,
  unitId: null,
  customerId: null,
  publishFrom: new Date('2026-11-01T00:00:00Z'),
  publishUntil: new Date('2026-12-01T00:00:00Z'),
};

describe('announcements', () => {
  it('needs the target its scope names', () => {
    expect(announcementProblems({ ...base, scope: 'unit' })).toEqual([{ path: 'unit', message: 'Choose the unit to show it to' }]);
    expect(announcementProblems({ ...base, scope: 'customer' })).toEqual([{ path: 'customer', message: 'Choose the customer whose locations show it' }]);
    expect(announcementProblems(base)).toEqual([]);
  });

  it('needs a window that ends after it starts', () => {
    expect(announcementProblems({ ...base, publishUntil: base.publishFrom })).toEqual([
      { path: 'publishUntil', message: 'The end of the publish window must come after its start' },
    ]);
  });

  it('is shown only inside its window, which has no end when none is set', () => {
    expect(isPublishedAt(base, new Date('2026-10-31T23:59:59Z'))).toBe(false);
    expect(isPublishedAt(base, new Date('2026-11-15T00:00:00Z'))).toBe(true);
    expect(isPublishedAt(base, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(isPublishedAt({ ...base, publishUntil: null }, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });
});
