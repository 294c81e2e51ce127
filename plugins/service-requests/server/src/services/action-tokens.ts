import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createId } from '@paralleldrive/cuid2';
import { hashToken, looksLikeToken, MAX_TOKEN_HOURS, newToken, type TokenAction } from '../domain/action-token';
import { schemaOf } from '../repositories/schema';

const TOKEN = 'plugin::service-requests.action-token';

/** A link that has been used or has expired: answered 410, so the page says so rather than "not found". */
export class GoneError extends errors.ApplicationError {}

export interface TokenGrant {
  action: TokenAction;
  subject: string;
  recipient: string;
}

/**
 * Issues and redeems action tokens. Redeeming is one fenced UPDATE (unused, unexpired, this action
 * and object) in the caller's transaction: of two concurrent requests with one token exactly one
 * gets the row, and the decision it makes commits or rolls back together with the token's use.
 */
const actionTokens = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => schemaOf(strapi).table(TOKEN);
  const column = (attribute: string) => schemaOf(strapi).column(TOKEN, attribute);

  return {
    /** Returns the raw token for the link; it is never stored. */
    async issue(grant: TokenGrant & { ttlHours: number }): Promise<{ token: string; expiresAt: Date }> {
      const hours = Math.min(grant.ttlHours, MAX_TOKEN_HOURS);
      const token = newToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + hours * 3_600_000);
      await strapi.db.transaction(({ trx }) =>
        strapi.db
          .connection(table())
          .transacting(trx)
          .insert({
            [column('documentId')]: createId(),
            [column('tokenHash')]: hashToken(token),
            [column('action')]: grant.action,
            [column('subject')]: grant.subject,
            [column('recipient')]: grant.recipient.toLowerCase(),
            [column('expiresAt')]: expiresAt,
            [column('createdAt')]: now,
            [column('updatedAt')]: now,
          }),
      );
      return { token, expiresAt };
    },

    /** What a token would do, without using it: for the page a GET shows before the POST decides. */
    async peek(token: string): Promise<(TokenGrant & { expiresAt: Date; usedAt: Date | null }) | null> {
      if (!looksLikeToken(token)) return null;
      const row = await strapi.db.connection(table()).where(column('tokenHash'), hashToken(token)).first();
      if (!row) return null;
      return {
        action: row[column('action')],
        subject: row[column('subject')],
        recipient: row[column('recipient')],
        expiresAt: new Date(row[column('expiresAt')]),
        usedAt: row[column('usedAt')] ? new Date(row[column('usedAt')]) : null,
      };
    },

    /**
     * Uses the token for `action` on `subject`, inside the caller's transaction. 404 for a token
     * never issued (or tampered with) or bound to something else; 410 once used or expired.
     */
    async redeem(args: { token: string; action: TokenAction; subject: string }): Promise<TokenGrant> {
      if (!looksLikeToken(args.token)) throw new errors.NotFoundError('This link is not valid');
      const hash = hashToken(args.token);
      return strapi.db.transaction(async ({ trx }) => {
        const now = new Date();
        const [used] = await strapi.db
          .connection(table())
          .transacting(trx)
          .where(column('tokenHash'), hash)
          .where(column('action'), args.action)
          .where(column('subject'), args.subject)
          .whereNull(column('usedAt'))
          .where(column('expiresAt'), '>', now)
          .update({ [column('usedAt')]: now, [column('updatedAt')]: now })
          .returning([column('recipient')]);
        if (used) return { action: args.action, subject: args.subject, recipient: used[column('recipient')] };
        const row = await strapi.db.connection(table()).transacting(trx).where(column('tokenHash'), hash).first();
        if (!row || row[column('action')] !== args.action || row[column('subject')] !== args.subject) throw new errors.NotFoundError('This link is not valid');
        if (row[column('usedAt')]) throw new GoneError('This link has already been used');
        throw new GoneError('This link has expired');
      });
    },
  };
};

export type ActionTokensService = ReturnType<typeof actionTokens>;
export default actionTokens;
