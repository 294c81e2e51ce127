import type { Core } from '@strapi/strapi';

/**
 * The lists a new installation starts with, so the service desk can triage on day one. Staff edit
 * them in the content manager; each list is filled only while it is empty, so edits are kept.
 */
export const DEFAULT_TICKET_TYPES = ['Repair', 'Maintenance request', 'Complaint', 'General enquiry'];

export const DEFAULT_CATEGORIES = ['Plumbing', 'Electrical', 'Heating and cooling', 'Cleaning', 'Security and access', 'Lifts', 'Grounds', 'Other'];

/** Targets in hours: whole days fall due at the same local time (see domain/sla.ts). */
export const DEFAULT_PRIORITIES = [
  { name: 'Emergency', rank: 40, firstResponseHours: 1, resolutionHours: 24 },
  { name: 'High', rank: 30, firstResponseHours: 4, resolutionHours: 72 },
  { name: 'Normal', rank: 20, firstResponseHours: 24, resolutionHours: 168 },
  { name: 'Low', rank: 10, firstResponseHours: 48, resolutionHours: 336 },
];

export const seedTicketingLists = async (strapi: Core.Strapi) => {
  const fill = async (uid: string, rows: Array<Record<string, unknown>>) => {
    if ((await strapi.db.query(uid).count()) > 0) return;
    for (const data of rows) await strapi.documents(uid as any).create({ data: data as any });
  };
  await fill('plugin::service-requests.ticket-type', DEFAULT_TICKET_TYPES.map((name) => ({ name, active: true })));
  await fill('plugin::service-requests.ticket-category', DEFAULT_CATEGORIES.map((name) => ({ name, active: true })));
  await fill('plugin::service-requests.priority', DEFAULT_PRIORITIES);
};
