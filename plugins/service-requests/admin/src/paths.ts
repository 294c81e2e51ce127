import { PLUGIN_ID } from './plugin-id';

/** Where the desk's two views live in the admin panel (the menu link's route and its nested route). */
export const QUEUE_PATH = `/plugins/${PLUGIN_ID}`;
export const ticketPath = (documentId: string) => `${QUEUE_PATH}/tickets/${encodeURIComponent(documentId)}`;

/** The dispatch board's menu link (the server's "no vendor took it" email links here too). */
export const DISPATCH_PATH = `${QUEUE_PATH}/dispatch`;

/** Carried from the queue to a ticket so "Back to the queue" returns to the same filters and page. */
export interface FromQueue {
  queueSearch?: string;
}
