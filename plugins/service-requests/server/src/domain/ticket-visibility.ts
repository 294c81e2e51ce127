/**
 * Who may see a ticket in a portal (DESIGN.md, "Rules that hold everywhere"): its reporter, the
 * members of its unit when it is shared with the unit, the members of its location when it is
 * shared with the block. `management` tickets are shown to their reporter only. `unpublished`
 * tickets (staff start their own tickets so) are in no portal at all, not even the reporter's,
 * until staff publish them. Nobody sees anything at a location whose portal is closed to them.
 */
export type Visibility = 'unpublished' | 'management' | 'unit' | 'block';

export interface Viewer {
  userId: number;
  /** The viewer's memberships at locations whose portal is open. */
  places: Array<{ locationId: number; unitId: number | null }>;
}

export interface TicketScope {
  reporterId: number | null;
  locationId: number | null;
  unitId: number | null;
  visibility: Visibility;
}

const unitIdsOf = (viewer: Viewer) =>
  viewer.places.map((place) => place.unitId).filter((id): id is number => id !== null);

const locationIdsOf = (viewer: Viewer) => [...new Set(viewer.places.map((place) => place.locationId))];

export const canSeeTicket = (viewer: Viewer, ticket: TicketScope): boolean => {
  if (ticket.locationId === null || !locationIdsOf(viewer).includes(ticket.locationId)) return false;
  if (ticket.visibility === 'unpublished') return false;
  if (ticket.reporterId === viewer.userId) return true;
  if (ticket.visibility === 'block') return true;
  if (ticket.visibility === 'unit') return ticket.unitId !== null && unitIdsOf(viewer).includes(ticket.unitId);
  return false;
};

/** The same rule as a query filter, so lists are filtered by the database and page correctly. */
export const visibleTicketsFilter = (viewer: Viewer) => ({
  $and: [
    { location: { id: { $in: locationIdsOf(viewer) } } },
    { visibility: { $ne: 'unpublished' } },
    {
      $or: [
        { reporter: { id: viewer.userId } },
        { visibility: 'block' },
        { visibility: 'unit', unit: { id: { $in: unitIdsOf(viewer) } } },
      ],
    },
  ],
});
