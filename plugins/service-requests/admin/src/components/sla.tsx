import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import type { SlaView } from '../../../server/src/contracts/service-desk';
import { ToneBadge, type Tone } from './tone-badge';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** A span of time the way a person says it, to the two largest units: "3 days 4 hours", "45 minutes". */
export const spokenDuration = (ms: number) => {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'less than a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return [plural(days, 'day'), hours ? plural(hours, 'hour') : ''].filter(Boolean).join(' ');
  if (hours > 0) return [plural(hours, 'hour'), minutes ? plural(minutes, 'minute') : ''].filter(Boolean).join(' ');
  return plural(minutes, 'minute');
};

/** "due in 2 hours 5 minutes" or "overdue by 1 day 3 hours", counted from `now`. */
export const timeLeft = (dueAt: string, now: number) => {
  const left = new Date(dueAt).getTime() - now;
  return left >= 0 ? `Due in ${spokenDuration(left)}` : `Overdue by ${spokenDuration(left)}`;
};

/** The current time, ticking every minute, so "due in" stays true on a page left open all day. */
export const useNow = (everyMs = MINUTE) => {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
};

const SLA_BADGES: Partial<Record<SlaView['state'], { label: string; tone: Tone }>> = {
  breached: { label: 'Breached', tone: 'danger' },
  due_soon: { label: 'Due soon', tone: 'warning' },
  met: { label: 'Met', tone: 'success' },
};

/** What the queue's SLA column says: the next target's time left, and a badge when it needs attention. */
export const SlaSummary = ({ sla, now }: { sla: SlaView; now: number }) => {
  const badge = SLA_BADGES[sla.state];
  const text = sla.nextDueAt ? timeLeft(sla.nextDueAt, now) : sla.state === 'met' ? 'Targets met' : 'No target yet';
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {badge ? <ToneBadge tone={badge.tone}>{badge.label}</ToneBadge> : null}
      <Typography textColor={sla.state === 'breached' ? 'danger600' : 'neutral800'}>{text}</Typography>
    </Flex>
  );
};
