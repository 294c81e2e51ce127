import { canSeeTicket, visibleTicketsFilter, type TicketScope, type Viewer } from '../ticket-visibility';

const HARBOUR = 1;
const LAKESIDE = 2;
const FLAT_1 = 11;
const FLAT_2 = 12;

const tenantOfFlat1: Viewer = { userId: 100, places: [{ locationId: HARBOUR, unitId: FLAT_1 }] };
const neighbourInFlat2: Viewer = { userId: 200, places: [{ locationId: HARBOUR, unitId: FLAT_2 }] };
const flatmateInFlat1: Viewer = { userId: 300, places: [{ locationId: HARBOUR, unitId: FLAT_1 }] };
const lakesideTenant: Viewer = { userId: 400, places: [{ locationId: LAKESIDE, unitId: null }] };

const ticketBy = (reporterId: number, visibility: TicketScope['visibility']): TicketScope => ({
  reporterId,
  locationId: HARBOUR,
  unitId: FLAT_1,
  visibility,
});

describe('who may see a ticket in the portal', () => {
  it.each(['management', 'unit', 'block'] as const)('its reporter sees it when it is %s', (visibility) => {
    expect(canSeeTicket(tenantOfFlat1, ticketBy(100, visibility))).toBe(true);
  });

  it('not even its reporter sees an unpublished ticket, until staff publish it', () => {
    expect(canSeeTicket(tenantOfFlat1, ticketBy(100, 'unpublished'))).toBe(false);
  });

  it.each([
    ['unpublished', false],
    ['management', false],
    ['unit', true],
    ['block', true],
  ] as const)('a member of the same unit sees a %s ticket: %s', (visibility, expected) => {
    expect(canSeeTicket(flatmateInFlat1, ticketBy(100, visibility))).toBe(expected);
  });

  it.each([
    ['unpublished', false],
    ['management', false],
    ['unit', false],
    ['block', true],
  ] as const)('a member of another unit at the location sees a %s ticket: %s', (visibility, expected) => {
    expect(canSeeTicket(neighbourInFlat2, ticketBy(100, visibility))).toBe(expected);
  });

  it.each(['unpublished', 'management', 'unit', 'block'] as const)('a member of another location never sees a %s ticket', (visibility) => {
    expect(canSeeTicket(lakesideTenant, ticketBy(100, visibility))).toBe(false);
  });

  it('the reporter no longer sees their ticket once they are not a member of its location', () => {
    const movedOut: Viewer = { userId: 100, places: [] };
    expect(canSeeTicket(movedOut, ticketBy(100, 'management'))).toBe(false);
  });

  it('the query filter encodes the same rule for lists', () => {
    expect(visibleTicketsFilter(tenantOfFlat1)).toEqual({
      $and: [
        { location: { id: { $in: [HARBOUR] } } },
        { visibility: { $ne: 'unpublished' } },
        {
          $or: [
            { reporter: { id: 100 } },
            { visibility: 'block' },
            { visibility: 'unit', unit: { id: { $in: [FLAT_1] } } },
          ],
        },
      ],
    });
  });
});
