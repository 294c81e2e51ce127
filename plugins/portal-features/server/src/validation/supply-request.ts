import { z } from 'zod';

export const MAX_QUANTITY = 999;

/** A supply order as the portal posts it. Quantities of 0 (left empty in the form) are dropped. */
export const supplyRequestSchema = z.object({
  location: z.string({ error: 'Choose the location' }).trim().min(1, 'Choose the location'),
  lines: z
    .array(
      z.object({
        item: z.string({ error: 'Each line needs an item' }).trim().min(1, 'Each line needs an item'),
        quantity: z.coerce
          .number({ error: 'Enter a quantity as a whole number' })
          .int('Enter a quantity as a whole number')
          .min(0, 'A quantity cannot be negative')
          .max(MAX_QUANTITY, `Order at most ${MAX_QUANTITY} of an item`),
      }),
      { error: 'Choose at least one item' },
    )
    .transform((lines) => lines.filter((line) => line.quantity > 0))
    .refine((lines) => lines.length > 0, 'Enter a quantity for at least one item')
    .refine((lines) => new Set(lines.map((line) => line.item)).size === lines.length, 'Each item may appear once'),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters').optional(),
});

export type SupplyRequestInput = z.infer<typeof supplyRequestSchema>;
