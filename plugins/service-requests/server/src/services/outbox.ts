import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { assertQueueableSms } from '../sms/queue-checks';
import { pluginConfig } from '../utils/plugin-config';

const NOTIFICATION = 'plugin::service-requests.notification';

/** After this many failed sends a message is marked failed and left for staff to see. */
export const MAX_ATTEMPTS = 6;

export interface OutboxMessage {
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  /** Not before this time (an appointment reminder); now when absent. */
  availableAt?: Date;
}

/** A row written by `queue`, and when its send job should run. */
export interface QueuedMessage {
  id: number;
  availableAt: Date;
}

export interface ClaimedMessage extends OutboxMessage {
  id: number;
  attempts: number;
}

/** A sender's verdict that trying again cannot help: the message is marked failed at once. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * A sender's answer that the message may not go out yet (an SMS in the recipient's quiet hours).
 * It is not a failure: the message goes back to pending until `until`, and the attempt is not counted.
 */
export class DeliveryDeferred extends Error {
  readonly until: Date;

  constructor(until: Date, reason: string) {
    super(reason);
    this.name = 'DeliveryDeferred';
    this.until = until;
  }
}

/** Exponential back-off between attempts: with a 30 s base, 30 s, 1 min, 2 min, 4 min, 8 min. */
export const retryDelayMs = (attempts: number, baseMs: number) => baseMs * 2 ** Math.max(0, attempts - 1);

const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(NOTIFICATION);

  return {
    /**
     * Writes messages in the caller's transaction, in one statement. A key already in the outbox
     * is skipped by the database's unique index, so a change that is replayed queues nothing twice.
     * Returns the rows written, with when each is due.
     */
    async queue(messages: OutboxMessage[]): Promise<QueuedMessage[]> {
      if (messages.length === 0) return [];
      // Before anything is written: one bad message refuses the whole batch and the caller's change.
      for (const message of messages) if (message.channel === 'sms') assertQueueableSms(message);
      const now = new Date();
      const table = strapi.db.metadata.get(NOTIFICATION).tableName;
      return strapi.db.transaction(async ({ trx }) => {
        const inserted: Array<{ id: number; available_at: Date }> = await strapi.db
          .connection(table)
          .transacting(trx)
          .insert(
            messages.map((message) => ({
              // The columns the document service would fill for a row of this content type.
              document_id: createId(),
              created_at: now,
              updated_at: now,
              published_at: now,
              channel: message.channel,
              recipient: message.recipient,
              template: message.template,
              idempotency_key: message.idempotencyKey,
              payload: JSON.stringify(message.payload),
              state: 'pending',
              attempts: 0,
              available_at: message.availableAt ?? now,
            })),
          )
          .onConflict('idempotency_key')
          .ignore()
          .returning(['id', 'available_at']);
        return inserted.map((row) => ({ id: row.id, availableAt: new Date(row.available_at) }));
      });
    },

    /**
     * Takes a message for sending. The update is fenced on the state and attempt count read a
     * moment before, so of two workers holding the same id only one gets it.
     */
    async claim(id: number): Promise<ClaimedMessage | null> {
      const row = await rows().findOne({ where: { id } });
      if (!row) return null;
      const now = new Date();
      const claimable =
        (row.state === 'pending' && new Date(row.availableAt ?? 0) <= now) ||
        (row.state === 'sending' && new Date(row.leaseUntil ?? 0) < now);
      if (!claimable) return null;
      // The fence repeats the time condition too: a deferred message goes back to pending with
      // the same attempt count, and must not be taken by a worker that read it before it was deferred.
      const due = row.state === 'pending'
        ? { $or: [{ availableAt: null }, { availableAt: { $lte: now } }] }
        : { $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] };
      const { count } = await rows().updateMany({
        where: { id, state: row.state, attempts: row.attempts, ...due },
        data: { state: 'sending', attempts: row.attempts + 1, leaseUntil: new Date(now.getTime() + pluginConfig(strapi).outbox.leaseMs) },
      });
      if (count !== 1) return null;
      return {
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        template: row.template,
        idempotencyKey: row.idempotencyKey,
        payload: row.payload ?? {},
        attempts: row.attempts + 1,
      };
    },

    async markSent(id: number) {
      await rows().update({ where: { id }, data: { state: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null } });
    },

    /**
     * Returns when to try again (the job schedules itself for then), or null when the message is
     * given up: it has used its attempts, or the sender said retrying cannot help.
     */
    async markFailed(message: ClaimedMessage, error: unknown): Promise<Date | null> {
      const lastError = error instanceof Error ? error.message : String(error);
      if (error instanceof DeliveryDeferred) {
        // The claim took an attempt; a message that was only asked to wait gets it back.
        await rows().update({
          where: { id: message.id },
          data: { state: 'pending', attempts: message.attempts - 1, availableAt: error.until, leaseUntil: null, lastError },
        });
        return error.until;
      }
      if (message.attempts >= MAX_ATTEMPTS || error instanceof PermanentDeliveryError) {
        await rows().update({ where: { id: message.id }, data: { state: 'failed', leaseUntil: null, lastError } });
        return null;
      }
      const retryAt = new Date(Date.now() + retryDelayMs(message.attempts, pluginConfig(strapi).outbox.retryBaseMs));
      await rows().update({
        where: { id: message.id },
        data: { state: 'pending', availableAt: retryAt, leaseUntil: null, lastError },
      });
      return retryAt;
    },

    /**
     * Messages that should be sending but may have no job: a pending row older than the grace
     * period (its process died between commit and enqueue) and a claim whose lease ran out.
     */
    async strandedIds(limit = 500): Promise<number[]> {
      const now = new Date();
      const graceMs = pluginConfig(strapi).outbox.reconcileGraceMs;
      const before = new Date(now.getTime() - graceMs);
      const table = strapi.db.metadata.get(NOTIFICATION).tableName;
      // Each row is nudged at most once a grace period: during a backlog, rows wait for a worker
      // because the workers are busy, and re-enqueueing all of them on every run would only add
      // jobs. SKIP LOCKED lets two reconcilers share the work instead of queueing behind each other.
      return strapi.db.transaction(async ({ trx }) => {
        const due = strapi.db
          .connection(table)
          .transacting(trx)
          .select('id')
          .where((stranded) =>
            stranded
              .where((pending) => pending.where('state', 'pending').where('available_at', '<=', before))
              .orWhere((sending) => sending.where('state', 'sending').where('lease_until', '<', now)),
          )
          .where((notRecently) => notRecently.whereNull('nudged_at').orWhere('nudged_at', '<=', before))
          .orderBy('id')
          .limit(limit)
          .forUpdate()
          .skipLocked();
        const nudged: Array<{ id: number }> = await strapi.db.connection(table).transacting(trx).whereIn('id', due).update({ nudged_at: now }).returning('id');
        return nudged.map((row) => row.id).sort((a, b) => a - b);
      });
    },
  };
};

export type OutboxService = ReturnType<typeof outbox>;
export default outbox;
