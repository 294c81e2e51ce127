import * as React from 'react';
import { Flex, Switch, Typography, VisuallyHidden } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
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
  onChange: (enabled: boolean) => void;
}

/**
 * A switch that stays focusable while its change is being saved (a disabled button would drop the
 * keyboard focus) and ignores presses until the server has answered.
 */
export const GridSwitch = ({ label, checked, pending, readOnly, describedBy, onChange }: GridSwitchProps) => (
  <Switch
    aria-label={label}
    aria-describedby={describedBy}
    aria-busy={pending !== undefined}
    checked={pending ?? checked}
    disabled={readOnly}
    visibleLabels
    onLabel="On"
    offLabel="Off"
    onCheckedChange={(next) => {
      if (pending === undefined) onChange(next);
    }}
  />
);

const Note = ({ id, icon, color, short, full }: { id: string; icon?: React.ReactNode; color: 'success700' | 'warning700' | 'neutral600'; short: string; full: string }) => (
  <Flex id={id} gap={1} alignItems="center">
    {icon}
    <Typography variant="pi" textColor={color} aria-hidden>
      {short}
    </Typography>
    <VisuallyHidden>{full}</VisuallyHidden>
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
        describedBy={pending !== undefined || state !== 'off' ? noteId : undefined}
        onChange={onChange}
      />
      {pending !== undefined ? (
        <Note id={noteId} color="neutral600" short="Saving…" full="Saving the change." />
      ) : state === 'live' ? (
        <Note id={noteId} icon={<CheckCircle fill="success600" aria-hidden />} color="success700" short="Live" full={stateSentence(location, feature.key)} />
      ) : state === 'waiting' ? (
        <Note id={noteId} icon={<WarningCircle fill="warning600" aria-hidden />} color="warning700" short="Not live" full={stateSentence(location, feature.key)} />
      ) : null}
    </Flex>
  );
};

/** The location's name, its customer, and why nothing there is live when a portal is off. */
export const LocationCell = ({ location }: { location: LocationRow }) => {
  const gap = portalGap(location);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography fontWeight="bold" textColor="neutral800">
        {location.name}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {location.customer?.name ?? 'No customer'}
      </Typography>
      {gap ? (
        <Flex gap={1} alignItems="flex-start">
          <WarningCircle fill="warning600" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Typography variant="pi" textColor="warning700">
            Nothing here is live: {gap}.
          </Typography>
        </Flex>
      ) : null}
    </Flex>
  );
};
