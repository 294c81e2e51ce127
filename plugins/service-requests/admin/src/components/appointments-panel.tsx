import { Button, DatePicker, Field, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { WorkOrderRow } from '../api/client';
import { addDays, dayKeyOf, dayLabel, startOfDay, type DayKey } from '../hooks/local-day';
import { BoardTable, CellText } from './board-table';
import { Panel } from './panel';
import { ToneBadge } from './tone-badge';
import { workOrderTone } from './work-order-labels';
import { WorkOrderSummary } from './work-order-summary';
import { appointmentIn } from './zoned-time';

const COLUMNS = ['When', 'Reference', 'Summary', 'Status', 'Location', 'Vendor'];

interface DayChooserProps {
  day: DayKey;
  today: DayKey;
  onChange: (day: DayKey) => void;
}

/** The day whose appointments are shown: a date picker, a step either way, and back to today. */
const DayChooser = ({ day, today, onChange }: DayChooserProps) => (
  <Flex gap={2} alignItems="flex-end" wrap="wrap" role="group" aria-label="Day shown">
    <Button variant="tertiary" onClick={() => onChange(addDays(day, -1))}>
      Previous day
    </Button>
    <Field.Root name="day" id="dispatch-board-day" width="200px">
      <Field.Label>Day</Field.Label>
      <DatePicker
        value={startOfDay(day) ?? undefined}
        onChange={(date) => (date ? onChange(dayKeyOf(date)) : undefined)}
        calendarLabel="Choose the day"
      />
    </Field.Root>
    <Button variant="tertiary" onClick={() => onChange(addDays(day, 1))}>
      Next day
    </Button>
    <Button variant="secondary" disabled={day === today} onClick={() => onChange(today)}>
      Today
    </Button>
  </Flex>
);

interface AppointmentsPanelProps extends DayChooserProps {
  appointments: WorkOrderRow[];
  isLoading: boolean;
}

/** Scheduled and started work whose appointment falls on the chosen day of the admin's calendar. */
export const AppointmentsPanel = ({ day, today, onChange, appointments, isLoading }: AppointmentsPanelProps) => {
  const title = day === today ? "Today's appointments" : `Appointments on ${dayLabel(day)}`;
  return (
    <Panel
      id="dispatch-board-appointments"
      title={title}
      description={`${dayLabel(day)} in your timezone; each visit's time is shown in its location's timezone.`}
    >
      <DayChooser day={day} today={today} onChange={onChange} />
      <BoardTable
        caption={`${appointments.length} ${appointments.length === 1 ? 'appointment' : 'appointments'} on ${dayLabel(day)}, earliest first`}
        columns={COLUMNS}
        rowCount={appointments.length}
        isLoading={isLoading}
        loadingLabel="Loading appointments"
        emptyMessage={day === today ? 'No appointment today.' : 'No appointment on this day.'}
      >
        {appointments.map((order) => (
          <Tr key={order.documentId}>
            <Td style={{ whiteSpace: 'normal' }}>
              <CellText>{order.appointment ? appointmentIn(order.appointment, order.timezone) : '—'}</CellText>
            </Td>
            <Td>
              <Typography fontWeight="semiBold" textColor="neutral800">
                {order.reference}
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal', minWidth: '14rem' }}>
              <WorkOrderSummary order={order} />
            </Td>
            <Td>
              <ToneBadge tone={workOrderTone(order.status)}>{order.statusLabel}</ToneBadge>
            </Td>
            <Td>
              <CellText muted={!order.location}>{order.location ?? '—'}</CellText>
            </Td>
            <Td>
              <CellText muted={!order.vendor}>{order.vendor ?? '—'}</CellText>
            </Td>
          </Tr>
        ))}
      </BoardTable>
    </Panel>
  );
};
