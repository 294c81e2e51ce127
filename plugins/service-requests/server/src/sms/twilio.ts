import { SmsSendError, type SmsProvider, type SmsRequest } from './provider';

export interface TwilioOptions {
  /** https://api.twilio.com, or a stand-in speaking the same API. */
  apiUrl: string;
  accountSid: string;
  authToken: string;
  /** Exactly one of the two: a sending number (or alphanumeric sender ID), or a Messaging Service. */
  from?: string;
  messagingServiceSid?: string;
  timeoutMs: number;
}

/** Twilio's error body: https://www.twilio.com/docs/usage/twilios-response */
interface TwilioError {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
}

/**
 * A 4xx is about this request (21211: not a valid number; 21610: the recipient unsubscribed), so
 * sending it again gets the same answer. Except: 429 is a rate limit, 408 a slow request, and
 * 401/403 are our credentials or account, which staff can fix while the outbox keeps retrying.
 */
export const isPermanentTwilioStatus = (status: number): boolean =>
  status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);

const readError = async (response: Response): Promise<TwilioError> => {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as TwilioError;
  } catch {
    // A proxy's HTML page, say: keep the start of it for the message.
    return { message: text.slice(0, 200) || response.statusText };
  }
};

/**
 * Twilio's Messages API (POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded,
 * HTTP Basic auth). Twilio has no idempotency key for creating a message, so the one duplicate
 * this cannot rule out is a request Twilio accepted whose answer never arrived (a timeout): the
 * timeout is kept long enough that this is rare, and the outbox's fenced claim rules out the rest.
 */
export const createTwilioProvider = (options: TwilioOptions): SmsProvider => {
  const endpoint = `${options.apiUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;

  return {
    async send({ to, body }: SmsRequest) {
      const form = new URLSearchParams({ To: to, Body: body });
      if (options.messagingServiceSid) form.set('MessagingServiceSid', options.messagingServiceSid);
      else if (options.from) form.set('From', options.from);

      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: form,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (error as Error).message;
        throw new SmsSendError(`Twilio could not be reached: ${reason}`, { permanent: false });
      }

      if (response.ok) {
        const created = (await response.json().catch(() => ({}))) as { sid?: unknown };
        // Accepted is accepted: a body we cannot read must not make the outbox send it again.
        return { providerMessageId: typeof created.sid === 'string' ? created.sid : 'twilio-unknown-sid' };
      }

      const error = await readError(response);
      const code = error.code ? ` (error ${error.code})` : '';
      const more = error.more_info ? ` ${error.more_info}` : '';
      throw new SmsSendError(`Twilio answered ${response.status}${code}: ${error.message ?? response.statusText}${more}`, {
        permanent: isPermanentTwilioStatus(response.status),
      });
    },
  };
};
