import { EventEmitter } from 'node:events';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface AcceptedMail {
  to: string[];
  subject: string;
  idempotencyKey: string | undefined;
  /** When the server had the whole message (before its slow reply). */
  receivedAt: number;
}

/**
 * A real SMTP server on loopback that is slow to answer: it keeps each message as soon as it has
 * received it, then waits `replyDelayMs` before its 250 reply, as a mail server does that commits a
 * message and then runs its checks. A sender killed in that window never hears that the server has
 * its message: the one duplicate an at-least-once sender cannot rule out.
 */
export async function startSlowSmtpCapture({ replyDelayMs }: { replyDelayMs: number }) {
  const messages: AcceptedMail[] = [];
  const events = new EventEmitter();
  /** Server errors other than a sender's connection reset. */
  const errors: Error[] = [];
  events.setMaxListeners(0);

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push({
            to: ([] as any[]).concat(parsed.to ?? []).flatMap((address: any) => address.value.map((v: any) => v.address)),
            subject: parsed.subject ?? '',
            idempotencyKey: parsed.headers.get('x-idempotency-key') as string | undefined,
            receivedAt: Date.now(),
          });
          events.emit('mail');
          setTimeout(() => callback(), replyDelayMs);
        },
        (error) => callback(error),
      );
    },
  });
  // A sender killed mid-conversation resets its connection: that is the point of some tests, not a failure.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') errors.push(error);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  const count = (predicate: (mail: AcceptedMail) => boolean) => messages.filter(predicate).length;

  /**
   * Resolves as soon as `atLeast` received messages match `predicate` (checked on each arrival, so
   * a caller can act on the very message that reaches the count), or rejects after `timeoutMs`.
   */
  const waitForCount = (predicate: (mail: AcceptedMail) => boolean, atLeast: number, timeoutMs = 60_000) =>
    new Promise<number>((resolve, reject) => {
      let matched = count(predicate);
      if (matched >= atLeast) return resolve(matched);
      let seen = messages.length;
      const onMail = () => {
        for (; seen < messages.length; seen += 1) if (predicate(messages[seen])) matched += 1;
        if (matched >= atLeast) {
          clearTimeout(timer);
          events.off('mail', onMail);
          resolve(matched);
        }
      };
      const timer = setTimeout(() => {
        events.off('mail', onMail);
        reject(new Error(`${matched} of ${atLeast} expected emails within ${timeoutMs} ms (${messages.length} received in all)`));
      }, timeoutMs);
      events.on('mail', onMail);
    });

  /** Resolves once every one of `keys` has arrived at least once (as the X-Idempotency-Key header). */
  const waitForKeys = (keys: ReadonlySet<string>, timeoutMs = 60_000) => {
    const missing = new Set(keys);
    return waitForCount((mail) => mail.idempotencyKey !== undefined && missing.delete(mail.idempotencyKey), keys.size, timeoutMs);
  };

  return {
    port,
    messages,
    errors,
    count,
    waitForCount,
    waitForKeys,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SlowSmtpCapture = Awaited<ReturnType<typeof startSlowSmtpCapture>>;
