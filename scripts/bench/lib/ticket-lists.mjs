/**
 * The ticket lists the third scenario measures, each the same request at every ticket count:
 * the service desk's queue (admin routes, served at Strapi's root) three ways, the portal's request
 * list as the demo tenant, and a reference whose cost does not depend on the tickets (the desk's
 * form lists), so a drift of the machine between the counts shows.
 */
import { callJson } from './http.mjs';

const PAGE_SIZE = 20;
/** 40% of the way down 100,000 tickets; past the end at 1,000, where it lists nothing. */
export const DEEP_PAGE = 2000;

/**
 * The measured lists, and the reference measured before and after them at each ticket count.
 * Each one's `token` is the JWT it is asked for with (admin or tenant).
 */
export const ticketLists = (strapiUrl, { adminToken, tenantJwt }) => {
  const desk = (query) => `${strapiUrl}/service-requests/tickets?pageSize=${PAGE_SIZE}&${query}`;
  return {
    lists: {
      deskQueue: { label: 'desk queue, page 1, newest first', url: desk('page=1'), token: adminToken },
      deskOpenByPriority: { label: 'desk queue, open, most urgent first', url: desk('page=1&status=open&sort=-priority'), token: adminToken },
      deskDeepPage: { label: `desk queue, page ${DEEP_PAGE}`, url: desk(`page=${DEEP_PAGE}`), token: adminToken },
      portalList: { label: 'portal request list, page 1, as the tenant', url: `${strapiUrl}/api/service-requests/tickets?page=1&pageSize=${PAGE_SIZE}`, token: tenantJwt },
    },
    reference: { label: 'reference: desk form lists (reads no tickets)', url: `${strapiUrl}/service-requests/options`, token: adminToken },
  };
};

export const headersOf = (list) => ({ authorization: `Bearer ${list.token}` });

const fetchList = (list) => callJson(list.url, { token: list.token });

/**
 * Each list must list what the seeding put there, or the figures would describe an empty page or
 * a refusal: the desk sees every ticket, the open ones are open, the deep page is full once there
 * are enough tickets, and the tenant sees a full first page.
 */
export async function assertListsAnswer({ lists, reference }, ticketCount) {
  const problems = [];
  const queue = await fetchList(lists.deskQueue);
  if (queue.meta.pagination.total !== ticketCount) problems.push(`the desk queue counts ${queue.meta.pagination.total} tickets, not ${ticketCount}`);
  if (queue.data.length !== PAGE_SIZE) problems.push(`the desk queue's first page has ${queue.data.length} rows`);

  const open = await fetchList(lists.deskOpenByPriority);
  if (open.data.length === 0 || open.data.some((row) => row.status !== 'open')) problems.push('the open filter lists no tickets, or some not open');

  const deep = await fetchList(lists.deskDeepPage);
  const expectedDeepRows = Math.max(0, Math.min(PAGE_SIZE, ticketCount - (DEEP_PAGE - 1) * PAGE_SIZE));
  if (deep.data.length !== expectedDeepRows) problems.push(`page ${DEEP_PAGE} has ${deep.data.length} rows, not ${expectedDeepRows}`);

  const portal = await fetchList(lists.portalList);
  // The portal list has no total (it reads one row more to know whether an older page exists).
  if (portal.data.length !== PAGE_SIZE || !portal.meta.pagination.hasNextPage) {
    problems.push(`the tenant's request list has ${portal.data.length} rows${portal.meta.pagination.hasNextPage ? '' : ' and no older page'}`);
  }

  await fetchList(reference);
  if (problems.length > 0) throw new Error(`The ticket lists at ${ticketCount} tickets are not what was seeded: ${problems.join('; ')}`);
  return { openTickets: open.meta.pagination.total };
}
