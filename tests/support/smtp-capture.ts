import { EventEmitter } from 'node:events';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  idempotencyKey: string | undefined;
  /** Attached files and non-text parts (a calendar invite), as mailparser reads them. */
  attachments: Array<{ filename: string | undefined; contentType: string; content: Buffer }>;
}

/**
 * A real SMTP server on loopback that parses every message it accepts. `outage` makes it answer
 * 451 (try again later), as a mail server under maintenance does.
 */
export async function startSmtpCapture() {
  const messages: CapturedMail[] = [];
  const events = new EventEmitter();
  const state = { outage: false, refused: 0 };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (state.outage) {
            state.refused += 1;
            const error = Object.assign(new Error('Service temporarily unavailable'), { responseCode: 451 });
            return callback(error);
          }
          const to = ([] as any[]).concat(parsed.to ?? []).flatMap((address: any) => address.value.map((v: any) => v.address));
          messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            idempotencyKey: parsed.headers.get('x-idempotency-key') as string | undefined,
            attachments: parsed.attachments.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content })),
          });
          events.emit('mail');
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  /** Resolves with the first message matching `predicate`, already received or still to come. */
  const waitFor = (predicate: (mail: CapturedMail) => boolean, timeoutMs = 20_000) =>
    new Promise<CapturedMail>((resolve, reject) => {
      const found = messages.find(predicate);
      if (found) return resolve(found);
      const onMail = () => {
        const match = messages.find(predicate);
        if (match) {
          clearTimeout(timer);
          events.off('mail', onMail);
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        events.off('mail', onMail);
        reject(new Error(`No matching email within ${timeoutMs} ms; received: ${messages.map((m) => `${m.to} "${m.subject}"`).join(', ') || 'none'}`));
      }, timeoutMs);
      events.on('mail', onMail);
    });

  return {
    port,
    messages,
    waitFor,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpCapture = Awaited<ReturnType<typeof startSmtpCapture>>;
