import type { Core } from '@strapi/strapi';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** Table and column names from Strapi's metadata, so the SQL follows the content-type schemas. */
export const schemaOf = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  return {
    table: (uid: string) => meta(uid).tableName,
    column: (uid: string, attribute: string) => (meta(uid).attributes[attribute] as { columnName?: string }).columnName ?? attribute,
    link: (uid: string, attribute: string) => (meta(uid).attributes[attribute] as any).joinTable as JoinTable,
  };
};

/**
 * Runs a raw query in the caller's transaction, or in a short one of its own. A raw query outside
 * the transaction a request already holds takes a second pool connection: with as many concurrent
 * requests as the pool has connections, every one of them waits for a second that never comes.
 */
export const inTransaction = <T>(strapi: Core.Strapi, query: { transacting(trx: any): PromiseLike<T> }): Promise<T> =>
  strapi.db.transaction(async ({ trx }) => (await query.transacting(trx)) as T) as Promise<T>;
