import { strapi, type StrapiResult } from './strapi';
import { readSpan, spanFieldsOf } from './time-span-form';
import type { WorkOrderView } from '../vendor-types';

/**
 * What the vendor's work-order page's forms ask for. Every form posts to the page itself with a
 * hidden `intent`; success redirects back (303) with a notice, a refusal is shown next to its field.
 */
export type WorkOrderIntent = 'schedule' | 'propose' | 'start' | 'task' | 'complete' | 'not-done' | 'estimate' | 'invoice' | 'photos';

const INTENTS: WorkOrderIntent[] = ['schedule', 'propose', 'start', 'task', 'complete', 'not-done', 'estimate', 'invoice', 'photos'];

/** Form-level problems (no field to point at) are keyed by the form's id. */
export const WORK_ORDER_FORM_IDS: Record<WorkOrderIntent, string> = {
  schedule: 'schedule-form',
  propose: 'propose-form',
  start: 'start-form',
  task: 'tasks-form',
  complete: 'complete-form',
  'not-done': 'not-done-form',
  estimate: 'estimate-form',
  invoice: 'invoice-form',
  photos: 'photos-form',
};

/** The id of the control that shows each API field's error, per form. */
const FIELD_IDS: Record<WorkOrderIntent, Record<string, string>> = {
  schedule: { start: 'schedule-from', end: 'schedule-to' },
  propose: { start: 'propose-from', end: 'propose-to' },
  start: {},
  task: {},
  complete: {},
  'not-done': { reason: 'not-done-reason', estimate: 'not-done-estimate' },
  estimate: { amount: 'estimate-amount' },
  invoice: { number: 'invoice-number', amount: 'invoice-amount', file: 'invoice-file' },
  photos: { photos: 'photos' },
};

/** What the page says after each success (the `done` query parameter). */
export const WORK_ORDER_NOTICES: Record<string, string> = {
  schedule: 'The visit is booked. The tenant has been sent the time with a calendar invite.',
  propose: 'Your time has been sent to the tenant. The visit is booked once they confirm it.',
  start: 'Work started.',
  task: 'Task updated.',
  complete: 'The job is marked done, and the tenant has been told. Please send your invoice below.',
  'not-done': 'The job is marked not done. The owner has been asked whether the work should go ahead; you will hear from us.',
  estimate: 'Your estimate is saved.',
  'estimate-approval': 'Your estimate is above the spending limit, so the owner has been asked to approve it. Please wait for the approval before you go ahead.',
  invoice: 'Your invoice has been received. Thank you.',
  photos: 'Your photos have been added to the work order.',
  accepted: 'You accepted this job. Please book the visit inside the tenant\'s availability.',
};

export interface WorkOrderFailure {
  intent: WorkOrderIntent;
  status: number;
  /** Messages keyed by the id of the control (or form) they belong to, in the order to list them. */
  errors: Record<string, string>;
  /** What the vendor typed, to put back in the form, keyed by control id. */
  values: Record<string, string>;
}

export type WorkOrderActionResult = { redirect: string } | WorkOrderFailure;

interface ActionInput {
  order: WorkOrderView;
  token: string | null;
  form: FormData;
}

/** Amounts as people type them: "1,250.00", "£ 90" become plain numbers for the API. */
const amountText = (value: FormDataEntryValue | null) => String(value ?? '').replace(/[\s,£$€]/g, '');

const filesIn = (form: FormData, name: string) => form.getAll(name).filter((file): file is File => file instanceof File && file.size > 0);

/** Runs one form post from the work-order page against Strapi: a redirect on success, or what to show. */
export async function runWorkOrderAction({ order, token, form }: ActionInput): Promise<WorkOrderActionResult> {
  const requested = String(form.get('intent') ?? '');
  const intent = INTENTS.find((known) => known === requested);
  if (!intent) return { intent: 'start', status: 400, errors: { 'start-form': 'That action is not known. Please try again.' }, values: {} };
  const api = `/service-requests/vendor/work-orders/${encodeURIComponent(order.documentId)}`;
  const done = (notice: string, anchor = 'main') => ({ redirect: `/vendor/work-orders/${encodeURIComponent(order.documentId)}?done=${notice}#${anchor}` });
  const refused = (values: Record<string, string>) => (result: StrapiResult<WorkOrderView>, fallback: string) => failure(intent, result, values, fallback);

  switch (intent) {
    case 'schedule':
    case 'propose': {
      const fields = spanFieldsOf(form, intent);
      const values = { [`${intent}-date`]: fields.date, [`${intent}-from`]: fields.from, [`${intent}-to`]: fields.to };
      const reading = readSpan(fields, order.location?.timezone ?? 'UTC');
      if (reading.kind !== 'span') {
        const errors = reading.kind === 'empty' ? { date: 'Enter the date', from: 'Enter the start time', to: 'Enter the end time' } : reading.errors;
        return { intent, status: 400, errors: Object.fromEntries(Object.entries(errors).map(([field, message]) => [`${intent}-${field}`, message])), values };
      }
      const booked = await strapi<WorkOrderView>(`${api}/${intent}`, { method: 'POST', token, json: reading.span });
      return booked.ok ? done(intent) : refused(values)(booked, intent === 'schedule' ? 'The visit could not be booked.' : 'Your time could not be sent.');
    }
    case 'start':
    case 'complete': {
      const moved = await strapi<WorkOrderView>(`${api}/${intent}`, { method: 'POST', token, json: {} });
      return moved.ok ? done(intent) : refused({})(moved, 'The work order could not be changed.');
    }
    case 'task': {
      const index = Number.parseInt(String(form.get('index') ?? ''), 10);
      const ticked = await strapi<WorkOrderView>(`${api}/tasks/${Number.isInteger(index) ? index : -1}`, { method: 'PUT', token, json: { done: form.get('done') === 'true' } });
      return ticked.ok ? done(intent, 'tasks') : refused({})(ticked, 'The task could not be updated.');
    }
    case 'not-done': {
      const reason = String(form.get('reason') ?? '').trim();
      const estimate = amountText(form.get('estimate'));
      const values = { 'not-done-reason': reason, 'not-done-estimate': estimate };
      const marked = await strapi<WorkOrderView>(`${api}/not-done`, { method: 'POST', token, json: { reason, ...(estimate ? { estimate } : {}) } });
      return marked.ok ? done(intent) : refused(values)(marked, 'The job could not be marked not done.');
    }
    case 'estimate': {
      const amount = amountText(form.get('amount'));
      const values = { 'estimate-amount': amount };
      // Said here: the API would read an empty amount as nought.
      if (!amount) return { intent, status: 400, errors: { 'estimate-amount': 'Enter the estimate' }, values };
      const saved = await strapi<WorkOrderView>(`${api}/estimate`, { method: 'POST', token, json: { amount } });
      if (!saved.ok) return refused(values)(saved, 'Your estimate could not be saved.');
      return done(saved.data?.status === 'awaiting_approval' ? 'estimate-approval' : 'estimate');
    }
    case 'invoice': {
      const number = String(form.get('number') ?? '').trim();
      const amount = amountText(form.get('amount'));
      const values = { 'invoice-number': number, 'invoice-amount': amount };
      if (!amount) return { intent, status: 400, errors: { 'invoice-amount': 'Enter the invoice amount' }, values };
      const outgoing = new FormData();
      outgoing.set('number', number);
      outgoing.set('amount', amount);
      const [file] = filesIn(form, 'file');
      if (file) outgoing.set('file', file, file.name);
      const sent = await strapi<WorkOrderView>(`${api}/invoice`, { method: 'POST', token, form: outgoing });
      return sent.ok ? done(intent) : refused(values)(sent, 'Your invoice could not be sent.');
    }
    case 'photos': {
      const photos = filesIn(form, 'photos');
      if (photos.length === 0) return { intent, status: 400, errors: { photos: 'Choose at least one photo' }, values: {} };
      const outgoing = new FormData();
      for (const photo of photos) outgoing.append('photos', photo, photo.name);
      const sent = await strapi<WorkOrderView>(`${api}/photos`, { method: 'POST', token, form: outgoing });
      return sent.ok ? done(intent) : refused({})(sent, 'Your photos could not be uploaded.');
    }
  }
}

/** Strapi's refusal, mapped onto the form's controls; what fits no control is said about the whole form. */
function failure(intent: WorkOrderIntent, result: StrapiResult<unknown>, values: Record<string, string>, fallback: string): WorkOrderFailure {
  const errors: Record<string, string> = {};
  for (const fieldError of result.error?.fieldErrors ?? []) {
    const id = FIELD_IDS[intent][fieldError.path?.[0] ?? ''] ?? WORK_ORDER_FORM_IDS[intent];
    errors[id] ??= fieldError.message;
  }
  if (Object.keys(errors).length === 0) errors[WORK_ORDER_FORM_IDS[intent]] = result.error?.message ?? fallback;
  return { intent, status: result.status >= 400 ? result.status : 400, errors, values };
}
