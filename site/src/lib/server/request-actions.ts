import { strapi, type StrapiResult } from './strapi';

/**
 * What the request page's forms ask for. Every form posts to the page itself with a hidden
 * `intent`; the reply form predates the field, so a post without one is a reply.
 */
export type RequestIntent = 'reply' | 'cancel' | 'notifications' | 'rate' | 'confirm-visit';

const INTENTS: RequestIntent[] = ['reply', 'cancel', 'notifications', 'rate', 'confirm-visit'];

/** Form-level problems (no field to point at) are keyed by the form's id. */
export const FORM_IDS: Record<RequestIntent, string> = {
  reply: 'reply-form',
  cancel: 'cancel-form',
  notifications: 'notifications-form',
  rate: 'rating-form',
  'confirm-visit': 'confirm-visit-form',
};

/** The id of the control that shows each API field's error, per form. */
const FIELD_IDS: Record<RequestIntent, Record<string, string>> = {
  reply: { body: 'reply-body', attachments: 'reply-attachments' },
  cancel: { reason: 'cancel-reason' },
  notifications: { notifyOnUpdate: 'notify-on-update' },
  rate: { rating: 'rating', comment: 'rating-comment' },
  'confirm-visit': {},
};

export interface ActionFailure {
  intent: RequestIntent;
  status: number;
  /** Messages keyed by the id of the control (or form) they belong to, in the order to list them. */
  errors: Record<string, string>;
  /** What the user typed, to put back in the form. */
  values: Record<string, string>;
}

export type ActionResult = { redirect: string } | ActionFailure;

interface ActionInput {
  documentId: string;
  token: string | null;
  form: FormData;
}

/** Runs one form post from the request page against Strapi: a redirect on success, or what to show. */
export async function runRequestAction({ documentId, token, form }: ActionInput): Promise<ActionResult> {
  const requested = String(form.get('intent') ?? 'reply');
  const intent = INTENTS.find((known) => known === requested) ?? 'reply';
  const api = `/service-requests/tickets/${encodeURIComponent(documentId)}`;
  const page = `/requests/${encodeURIComponent(documentId)}`;

  switch (intent) {
    case 'reply': {
      const body = String(form.get('body') ?? '');
      const outgoing = new FormData();
      outgoing.set('body', body);
      for (const file of form.getAll('attachments')) if (file instanceof File && file.size > 0) outgoing.append('attachments', file, file.name);
      const sent = await strapi(`${api}/messages`, { method: 'POST', token, form: outgoing });
      return sent.ok ? { redirect: `${page}?sent=1#messages` } : failure(intent, sent, { 'reply-body': body }, 'Your message could not be sent.');
    }
    case 'cancel': {
      const reason = String(form.get('reason') ?? '').trim();
      const cancelled = await strapi(`${api}/cancel`, { method: 'POST', token, json: reason ? { reason } : {} });
      return cancelled.ok ? { redirect: `${page}?cancelled=1` } : failure(intent, cancelled, { 'cancel-reason': reason }, 'The request could not be cancelled.');
    }
    case 'notifications': {
      // An unticked checkbox is simply absent from the form.
      const notifyOnUpdate = form.has('notifyOnUpdate');
      const saved = await strapi(`${api}/notifications`, { method: 'PUT', token, json: { notifyOnUpdate } });
      return saved.ok
        ? { redirect: `${page}?notifications=${notifyOnUpdate ? 'on' : 'off'}#notifications` }
        : failure(intent, saved, {}, 'Your choice could not be saved.');
    }
    case 'rate': {
      const rating = String(form.get('rating') ?? '');
      const comment = String(form.get('comment') ?? '').trim();
      const values = { rating, 'rating-comment': comment };
      // Said here in the page's words; the API's own check would speak of numbers.
      if (!rating) return { intent, status: 400, errors: { rating: 'Choose how satisfied you are' }, values };
      const rated = await strapi(`${api}/rating`, { method: 'POST', token, json: { rating: Number(rating), ...(comment ? { comment } : {}) } });
      return rated.ok ? { redirect: `${page}?rated=1#rating` } : failure(intent, rated, values, 'Your rating could not be saved.');
    }
    case 'confirm-visit': {
      // The reporter takes the time the contractor proposed; the visit is then booked.
      const confirmed = await strapi(`${api}/appointment/confirm`, { method: 'POST', token, json: {} });
      return confirmed.ok ? { redirect: `${page}?visit=confirmed#visit` } : failure(intent, confirmed, {}, 'The time could not be confirmed.');
    }
  }
}

/** Strapi's refusal, mapped onto the form's controls; what fits no control is said about the whole form. */
function failure(intent: RequestIntent, result: StrapiResult<unknown>, values: Record<string, string>, fallback: string): ActionFailure {
  const errors: Record<string, string> = {};
  for (const fieldError of result.error?.fieldErrors ?? []) {
    const id = FIELD_IDS[intent][fieldError.path?.[0] ?? ''] ?? FORM_IDS[intent];
    errors[id] ??= fieldError.message;
  }
  if (Object.keys(errors).length === 0) errors[FORM_IDS[intent]] = result.error?.message ?? fallback;
  return { intent, status: result.status >= 400 ? result.status : 400, errors, values };
}
