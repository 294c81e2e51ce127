import * as React from 'react';
import type { DeskOptions } from '../api/client';
import { useDeskOptionsLoader, type Loadable } from './use-desk-data';

const DeskOptionsContext = React.createContext<Loadable<DeskOptions> | null>(null);

/** Loads the desk's choices (types, priorities, staff…) and the admin's permissions once for both views. */
export const DeskOptionsProvider = ({ children }: { children: React.ReactNode }) => {
  const options = useDeskOptionsLoader();
  return <DeskOptionsContext.Provider value={options}>{children}</DeskOptionsContext.Provider>;
};

export const useDeskOptions = (): Loadable<DeskOptions> => {
  const options = React.useContext(DeskOptionsContext);
  if (!options) throw new Error('useDeskOptions must be used inside DeskOptionsProvider');
  return options;
};

/** Until the server has said what the admin may do, nothing that changes a ticket is offered. */
export const NO_PERMISSIONS: DeskOptions['can'] = { triage: false, publish: false, comment: false, changeStatus: false };
