import * as React from 'react';
import { Flex, Switch, Typography, VisuallyHidden } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { styled } from 'styled-components';
import type { LocationRow } from '../api/client';
import { featureState, portalGap, stateSentence, type Feature } from '../features';

interface GridSwitchProps {
  /** The switch's accessible name, e.g. "Supply Request at Harbour View Court". */
  label: string;
  /** What the server says. */
  checked: boolean;
  /** What was asked for and not answered yet. */
  pending?: boolean;
  readOnly: boolean;
  describedBy?: string;
  /** "On"/"Off" beside the switch; the grid's feature cells say it under the switch instead. */
  visibleLabels?: boolean;
  onChange: (enabled: boolean) => void;
}

/**
 * The design system paints an "off" switch red, which in a grid of mostly-off features reads as a
 * wall of errors: here off is a calm grey, and on stays green (pale green when read-only).
 */
const Calm = styled.span`
  display: inline-flex;

  & button[role='switch'][data-state='unchecked']:not([data-disabled]) {
    background-color: ${({ theme }) => theme.colors.neutral500};
  }

  & button[role='switch'][data-state='unchecked'] + * {
    color: ${({ theme }) => theme.colors.neutral700};
  }

  /* Read-only: still tell on from off, and keep the words readable. */
  & button[role='switch'][data-disabled][data-state='checked'] {
    background-color: ${({ theme }) => theme.colors.success200};
  }

  & button[role='switch'][data-disabled] + * {
    color: ${({ theme }) => theme.colors.neutral600};
  }

  & button[role='switch'][aria-busy='true'] {
    opacity: 0.6;
  }
`;

/**
 * A switch that stays focusable while its change is being saved (a disabled button would drop the
 * keyboard focus) and ignores presses until the server has answered.
 */
export const GridSwitch = ({ label, checked, pending, readOnly, describedBy, visibleLabels = true, onChange }: GridSwitchProps) => (
  <Calm>
    <Switch
      aria-label={label}
      aria-describedby={describedBy}
      aria-busy={pending !== undefined}
      checked={pending ?? checked}
      disabled={readOnly}
      visibleLabels={visibleLabels}
      onLabel="On"
      offLabel="Off"
      onCheckedChange={(next) => {
        if (pending === undefined) onChange(next);
      }}
    />
  </Calm>
);

interface NoteProps {
  id: string;
  icon?: React.ReactNode;
  color: 'success700' | 'warning700' | 'neutral600';
  /** What the cell shows under the switch. */
  short: string;
  /** What a screen reader hears instead, after the switch's name and state; none when the state says it all. */
  full?: string;
}

const Note = ({ id, icon, color, short, full }: NoteProps) => (
  <Flex gap={1} alignItems="center">
    {icon}
    <Typography variant="pi" textColor={color} aria-hidden={full ? true : undefined}>
      {short}
    </Typography>
    {full ? <VisuallyHidden id={id}>{full}</VisuallyHidden> : null}
  </Flex>
);

interface FeatureCellProps {
  location: LocationRow;
  feature: Feature;
  pending?: boolean;
  readOnly: boolean;
  onChange: (enabled: boolean) => void;
}

/** One feature at one location: its switch, and whether people there actually see it. */
export const FeatureCell = ({ location, feature, pending, readOnly, onChange }: FeatureCellProps) => {
  const noteId = React.useId();
  const state = featureState(location, feature.key);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <GridSwitch
        label={`${feature.label} at ${location.name}`}
        checked={location.features[feature.key]}
        pending={pending}
        readOnly={readOnly}
        visibleLabels={false}
        describedBy={pending !== undefined || state !== 'off' ? noteId : undefined}
        onChange={onChange}
      />
      {pending !== undefined ? (
        <Note id={noteId} color="neutral600" short="Saving…" full="Saving the change." />
      ) : state === 'live' ? (
        <Note
          id={noteId}
          icon={<CheckCircle fill="success600" aria-hidden />}
          color="success700"
          short="Live"
          full={stateSentence(location, feature.key)}
        />
      ) : state === 'waiting' ? (
        <Note
          id={noteId}
          icon={<WarningCircle fill="warning600" aria-hidden />}
          color="warning700"
          short="Not live"
          full={stateSentence(location, feature.key)}
        />
      ) : (
        <Note id={noteId} color="neutral600" short="Off" />
      )}
    </Flex>
  );
};

/** Table cells keep text on one line; a long name or a reason wraps instead of running under the next column. */
const wrap = { whiteSpace: 'normal' } as const;

/** The location's name, its customer, and why nothing there is live when a portal is off. */
export const LocationCell = ({ location }: { location: LocationRow }) => {
  const gap = portalGap(location);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} minWidth="14rem" maxWidth="18rem">
      <Typography fontWeight="bold" textColor="neutral800" style={wrap}>
        {location.name}
      </Typography>
      <Typography variant="pi" textColor="neutral600" style={wrap}>
        {location.customer?.name ?? 'No customer'}
      </Typography>
      {gap ? (
        <Flex gap={1} alignItems="flex-start">
          <WarningCircle fill="warning600" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Typography variant="pi" textColor="warning700" style={wrap}>
            Nothing here is live: {gap}.
          </Typography>
        </Flex>
      ) : null}
    </Flex>
  );
};
