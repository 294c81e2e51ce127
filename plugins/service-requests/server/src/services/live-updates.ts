import type { Core } from '@strapi/strapi';
import pg from 'pg';

/** The PostgreSQL channel ticket changes are announced on. */
const CHANNEL = 'sr_ticket_changes';
const RECONNECT_MS = 2000;

type Listener = (documentId: string) => void;

/**
 * Tells open request pages that their ticket changed. A change announces itself with pg_notify in
 * its own transaction, so PostgreSQL delivers it only if, and when, the change commits, and to every
 * API process (each holds one LISTEN connection, opened with the first subscriber). A process
 * restart or a dropped connection costs at most the changes made while it was down; the page still
 * shows the current state on its next load.
 */
const liveUpdates = ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners = new Map<string, Set<Listener>>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let stopped = false;

  const dispatch = (documentId: string) => {
    for (const listener of listeners.get(documentId) ?? []) listener(documentId);
  };

  const connect = async () => {
    const connection = (strapi.db as any).config.connection.connection;
    const next = new pg.Client(typeof connection === 'string' ? { connectionString: connection } : connection);
    next.on('notification', (message) => message.payload && dispatch(message.payload));
    next.on('error', (error) => {
      strapi.log.warn(`Live updates lost their database connection (${error.message}); reconnecting`);
      client = null;
      next.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void ensureListening().catch(() => undefined), RECONNECT_MS).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
  };

  const ensureListening = async () => {
    if (client || stopped) return;
    connecting ??= connect().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  return {
    /** Announces a change of a ticket, delivered when the current transaction commits. */
    async announce(documentId: string) {
      await strapi.db.transaction(({ trx }) => strapi.db.connection.raw('select pg_notify(?, ?)', [CHANNEL, documentId]).transacting(trx));
    },

    /** Calls `listener` after each committed change of the ticket; returns the unsubscribe. */
    async subscribe(documentId: string, listener: Listener): Promise<() => void> {
      await ensureListening();
      const set = listeners.get(documentId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(documentId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(documentId);
      };
    },

    async stop() {
      stopped = true;
      listeners.clear();
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
};

export type LiveUpdatesService = ReturnType<typeof liveUpdates>;
export default liveUpdates;
