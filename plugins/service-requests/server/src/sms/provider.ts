/** What an SMS provider is asked to do: one text to one number. */
export interface SmsRequest {
  /** E.164, checked before the provider is called. */
  to: string;
  body: string;
  /** The outbox row's key, for providers that can use it to recognise a repeated request. */
  idempotencyKey: string;
}

export interface SmsProvider {
  /** Resolves once the provider has accepted the message; rejects with SmsSendError otherwise. */
  send(request: SmsRequest): Promise<{ providerMessageId: string }>;
}

/**
 * A text that was not accepted. `permanent` says that sending the same request again cannot
 * succeed (a number the provider says does not exist, a recipient who opted out), so the outbox
 * stops instead of retrying; anything else (rate limits, outages, timeouts) is retried.
 */
export class SmsSendError extends Error {
  readonly permanent: boolean;

  constructor(message: string, { permanent }: { permanent: boolean }) {
    super(message);
    this.name = 'SmsSendError';
    this.permanent = permanent;
  }
}
