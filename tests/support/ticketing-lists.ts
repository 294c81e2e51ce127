import type { StrapiProcess } from './strapi-process';

/** Rows of a list table as { name: documentId }: what the APIs take for a type, priority or category. */
export const byName = (rows: Array<{ name: string; document_id: string }>) => Object.fromEntries(rows.map((row) => [row.name, row.document_id]));

/** The ticket types, priorities and categories a fresh installation starts with, by name. */
export async function ticketingLists(strapi: StrapiProcess) {
  const names = async (table: string) => byName((await strapi.db.query(`SELECT name, document_id FROM ${table}`)).rows);
  return { types: await names('sr_ticket_types'), priorities: await names('sr_priorities'), categories: await names('sr_ticket_categories') };
}
