import * as React from 'react';

/** The desk is left open all day: new reports, replies and other agents' changes show up without a reload. */
export const REFRESH_MS = 60_000;

/** Calls `reload` every `everyMs` while the page is shown. */
export const useAutoRefresh = (reload: () => Promise<void>, everyMs = REFRESH_MS) => {
  React.useEffect(() => {
    const timer = window.setInterval(() => void reload(), everyMs);
    return () => window.clearInterval(timer);
  }, [reload, everyMs]);
};
