import { Box, Button, Flex } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, Pagination, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import type { WorkOrderState } from '../api/client';
import { AppointmentsPanel } from '../components/appointments-panel';
import { LoadError } from '../components/load-error';
import { OffersWaitingTable } from '../components/offers-waiting-table';
import { Panel } from '../components/panel';
import { useNow } from '../components/sla';
import { WORK_ORDER_STATES, workOrderStateLabel } from '../components/work-order-labels';
import { WorkOrderStateFilter } from '../components/work-order-state-filter';
import { WorkOrdersTable } from '../components/work-orders-table';
import { dayBounds, dayKeyOf, startOfDay } from '../hooks/local-day';
import { useAutoRefresh } from '../hooks/use-auto-refresh';
import { useDispatchBoard } from '../hooks/use-dispatch-board';
import { useWorkOrderActions } from '../hooks/use-work-order-actions';
import { PERMISSIONS } from '../permissions';

/** The URL is the board's state: which work orders, which page, which day's appointments. */
type BoardUrl = { state?: string; page?: string; pageSize?: string; day?: string };

const DEFAULT_PAGE_SIZE = 20;
/** Offers expire and vendors answer while the board is open: it follows them every half minute. */
const REFRESH_MS = 30_000;

const isState = (value: string | undefined): value is WorkOrderState => WORK_ORDER_STATES.includes(value as WorkOrderState);

const DispatchBoard = () => {
  const [{ query }, setQuery] = useQueryParams<BoardUrl>();
  const now = useNow();
  // Without a chosen day the board follows today, past midnight too.
  const today = dayKeyOf(new Date(now));
  const day = query.day && startOfDay(query.day) ? query.day : today;
  const state = isState(query.state) ? query.state : undefined;
  const { allowedActions } = useRBAC(PERMISSIONS.dispatchWorkOrders);

  const board = useDispatchBoard({
    ...dayBounds(day),
    state,
    page: Number(query.page ?? 1),
    pageSize: Number(query.pageSize ?? DEFAULT_PAGE_SIZE),
  });
  useAutoRefresh(board.reload, REFRESH_MS);
  const actions = useWorkOrderActions(board.reload);

  const pagination = board.data?.workOrders.pagination;
  const rows = board.data?.workOrders.results ?? [];
  const which = state ? workOrderStateLabel(state).toLowerCase() : 'unfinished';
  const total = pagination ? `${pagination.total} ${which} ${pagination.total === 1 ? 'work order' : 'work orders'}` : `${which} work orders`;
  const page = pagination ? `, page ${pagination.page} of ${Math.max(pagination.pageCount, 1)}` : '';

  return (
    <Page.Main>
      <Page.Title>Dispatch board</Page.Title>
      <Layouts.Header
        title="Dispatch board"
        subtitle="Work orders by state, offers waiting for a vendor's answer and the day's appointments, refreshed every 30 seconds."
        primaryAction={
          <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void board.reload()}>
            Refresh
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {board.error ? (
            <LoadError
              title={board.data ? 'The board could not be refreshed: it is shown as it was.' : 'The dispatch board could not be loaded.'}
              error={board.error}
              action={null}
            />
          ) : null}
          <Panel id="dispatch-board-work-orders" title="Work orders" description="Most recently changed first.">
            <WorkOrderStateFilter
              counts={board.data?.counts ?? null}
              value={state ?? ''}
              onChange={(next) => setQuery({ state: next || undefined, page: '1' })}
            />
            <WorkOrdersTable
              rows={rows}
              isLoading={board.isLoading}
              caption={`${total}, most recently changed first${page}`}
              emptyMessage={state ? `No work order is ${which}.` : 'No work order is under way.'}
              actions={allowedActions.canDispatch ? actions : null}
            />
            {pagination ? (
              <Box>
                <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                  <Pagination.PageSize />
                  <Pagination.Links />
                </Pagination.Root>
              </Box>
            ) : null}
          </Panel>
          <Panel
            id="dispatch-board-offers"
            title="Offers waiting"
            description="Offers no vendor has answered yet, soonest deadline first; times in each location's timezone."
          >
            <OffersWaitingTable offers={board.data?.offersWaiting ?? []} isLoading={board.isLoading} now={now} />
          </Panel>
          <AppointmentsPanel
            day={day}
            today={today}
            onChange={(next) => setQuery({ day: next === today ? undefined : next })}
            appointments={board.data?.appointments ?? []}
            isLoading={board.isLoading}
          />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** The dispatch board's menu link lands here; only admins who may see work orders get in. */
const DispatchBoardPage = () => (
  <Page.Protect permissions={PERMISSIONS.readWorkOrders}>
    <DispatchBoard />
  </Page.Protect>
);

export { DispatchBoardPage };
