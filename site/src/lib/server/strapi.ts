import { strapiUrl } from './config';

export interface FieldError {
  path: string[];
  message: string;
}

export interface StrapiResult<T> {
  ok: boolean;
  status: number;
  data: T | null;
  meta: Record<string, any> | null;
  error: { name: string; message: string; fieldErrors: FieldError[] } | null;
}

/** Calls Strapi's content API as the signed-in user; errors come back as values, not throws. */
export async function strapi<T>(
  path: string,
  options: { token?: string | null; method?: string; json?: unknown; form?: FormData } = {},
): Promise<StrapiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  let response: Response;
  try {
    response = await fetch(`${strapiUrl()}/api${path}`, { method: options.method ?? 'GET', headers, body });
  } catch {
    return {
      ok: false,
      status: 503,
      data: null,
      meta: null,
      error: { name: 'Unavailable', message: 'The service is not reachable right now. Please try again in a moment.', fieldErrors: [] },
    };
  }
  const payload = (await response.json().catch(() => ({}))) as any;
  if (response.ok) {
    return { ok: true, status: response.status, data: (payload.data ?? payload) as T, meta: payload.meta ?? null, error: null };
  }
  const error = payload?.error ?? {};
  return {
    ok: false,
    status: response.status,
    data: null,
    meta: null,
    error: {
      name: error.name ?? 'Error',
      message: error.message ?? 'Something went wrong',
      fieldErrors: Array.isArray(error.details?.errors) ? error.details.errors : [],
    },
  };
}

/** The first message for each field, keyed by the field's name. */
export const messagesByField = (errors: FieldError[]) => {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path?.[0] ?? 'form';
    byField[field] ??= error.message;
  }
  return byField;
};

/**
 * Opens a long-lived GET to Strapi's content API (a server-sent event stream) as the signed-in
 * user and hands back Strapi's own response, unread, so its body can be streamed on. `signal`
 * ends the upstream request when the portal's client goes away. Null when Strapi is unreachable.
 */
export async function openStrapiStream(path: string, options: { token: string; signal: AbortSignal }): Promise<Response | null> {
  try {
    return await fetch(`${strapiUrl()}/api${path}`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${options.token}` },
      signal: options.signal,
    });
  } catch {
    return null;
  }
}
