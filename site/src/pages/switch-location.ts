import type { APIRoute } from 'astro';
import { chooseLocation } from '../lib/server/places';
import { safeReturnPath } from '../lib/server/session';

/** Remembers which of the user's locations they are looking at; only their own can be chosen. */
export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const chosen = String(form.get('location') ?? '');
  if (locals.locations.some((location) => location.documentId === chosen)) chooseLocation(cookies, chosen);
  // Detail pages belong to the previous location; land on the section's list instead.
  const back = safeReturnPath(String(form.get('back') ?? '/'));
  return redirect(back.startsWith('/requests/') ? '/requests' : back, 303);
};
