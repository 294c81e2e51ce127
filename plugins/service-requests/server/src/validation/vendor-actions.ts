import { z } from 'zod';

const instant = (label: string) => z.iso.datetime({ error: `${label} must be a date and time`, offset: true }).transform((value) => new Date(value));

export const slotSchema = z.object({ start: instant('The start'), end: instant('The end') });

export const taskSchema = z.object({ done: z.boolean({ error: 'done must be true or false' }) });

const money = (label: string) =>
  z.coerce
    .number({ error: `${label} must be an amount` })
    .min(0, `${label} cannot be negative`)
    .max(10_000_000, `${label} is too large`)
    .transform((value) => Math.round(value * 100) / 100);

export const notDoneSchema = z.object({
  reason: z.string({ error: 'Say why the job could not be done' }).trim().min(3, 'Say why the job could not be done').max(2000, 'Keep the reason under 2,000 characters'),
  estimate: z.preprocess((value) => (value === '' || value === undefined ? null : value), money('The estimate').nullable()),
});

export const estimateSchema = z.object({ amount: money('The estimate') });

export const invoiceSchema = z.object({
  number: z.string({ error: 'Enter the invoice number' }).trim().min(1, 'Enter the invoice number').max(60, 'Keep the invoice number under 60 characters'),
  amount: money('The invoice amount'),
});
