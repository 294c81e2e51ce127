/**
 * The two requests the bench compares, both sent with the tenant's JWT. The ticket route is given
 * what the portal form posts; the generated baseline route sets nothing itself, so it is given
 * everything the ticket route stores (same scalars, same three relations).
 */
export const TICKET_TEXT = {
  summary: 'Dripping tap in the kitchen',
  description: 'The cold tap drips all night. '.repeat(8).trim(),
};

export const benchedRoutes = (strapiUrl, tenant) => ({
  ticket: {
    url: `${strapiUrl}/api/service-requests/tickets`,
    body: { ...TICKET_TEXT, location: tenant.locationId, unit: tenant.unitId, visibility: 'management' },
  },
  baseline: {
    url: `${strapiUrl}/api/bench-baseline/baseline-tickets`,
    body: {
      data: {
        ...TICKET_TEXT,
        location: tenant.locationId,
        unit: tenant.unitId,
        reporter: tenant.userDocumentId,
        visibility: 'management',
        state: 'new',
        notifyOnUpdate: true,
        source: 'portal',
      },
    },
  },
});
