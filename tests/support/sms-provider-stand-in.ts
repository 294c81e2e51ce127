import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';

/** One request the stand-in received, and what it answered. */
export interface SmsApiRequest {
  method: string;
  path: string;
  /** The Basic credentials matched the account's. */
  authorized: boolean;
  form: Record<string, string>;
  status: number;
  /** The sid of the message created, for answers that created one. */
  sid: string | null;
}

/** A failure to answer with instead of creating the message, shaped like Twilio's error body. */
export interface SmsApiFailure {
  status: number;
  code: number;
  message: string;
}

const twilioError = ({ status, code, message }: SmsApiFailure) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

/**
 * A loopback HTTP server that speaks the part of Twilio's Messages API the app uses: POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded, HTTP Basic auth. It checks the
 * credentials and the required fields as Twilio does, answers 201 with a message resource, and
 * records every request. `failNext(to, ...)` makes the next requests to a number fail instead.
 */
export async function startSmsProviderStandIn({ accountSid, authToken }: { accountSid: string; authToken: string }) {
  const requests: SmsApiRequest[] = [];
  const failures = new Map<string, SmsApiFailure[]>();
  const events = new EventEmitter();
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;

  const answer = (response: http.ServerResponse, status: number, body: object) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const record: SmsApiRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        authorized: incoming.headers.authorization === expectedAuth,
        form,
        status: 0,
        sid: null,
      };
      const reply = (status: number, body: object) => {
        record.status = status;
        requests.push(record);
        answer(response, status, body);
        events.emit('request', record);
      };

      if (!record.authorized) return reply(401, twilioError({ status: 401, code: 20003, message: 'Authenticate' }));
      if (record.method !== 'POST' || record.path !== messagesPath) {
        return reply(404, twilioError({ status: 404, code: 20404, message: `The requested resource ${record.path} was not found` }));
      }
      if (!(incoming.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        return reply(400, twilioError({ status: 400, code: 21609, message: 'Expected a form-encoded body' }));
      }
      if (!form.To) return reply(400, twilioError({ status: 400, code: 21604, message: "A 'To' phone number is required." }));
      if (!form.From && !form.MessagingServiceSid) {
        return reply(400, twilioError({ status: 400, code: 21603, message: "A 'From' phone number is required." }));
      }
      if (!form.Body) return reply(400, twilioError({ status: 400, code: 21602, message: 'Message body is required.' }));

      const failure = failures.get(form.To)?.shift();
      if (failure) return reply(failure.status, twilioError(failure));

      record.sid = `SM${crypto.randomBytes(16).toString('hex')}`;
      reply(201, {
        sid: record.sid,
        account_sid: accountSid,
        to: form.To,
        from: form.From ?? null,
        messaging_service_sid: form.MessagingServiceSid ?? null,
        body: form.Body,
        status: 'queued',
        direction: 'outbound-api',
        api_version: '2010-04-01',
        error_code: null,
        error_message: null,
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${record.sid}.json`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  /** Resolves with the first request matching `predicate`, already received or still to come. */
  const waitFor = (predicate: (request: SmsApiRequest) => boolean, timeoutMs = 20_000) =>
    new Promise<SmsApiRequest>((resolve, reject) => {
      const found = requests.find(predicate);
      if (found) return resolve(found);
      const onRequest = () => {
        const match = requests.find(predicate);
        if (!match) return;
        clearTimeout(timer);
        events.off('request', onRequest);
        resolve(match);
      };
      const timer = setTimeout(() => {
        events.off('request', onRequest);
        reject(new Error(`No matching SMS request within ${timeoutMs} ms; received: ${requests.map((r) => `${r.form.To} ${r.status}`).join(', ') || 'none'}`));
      }, timeoutMs);
      events.on('request', onRequest);
    });

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Requests sent to `to`, in order. */
    to: (to: string) => requests.filter((request) => request.form.To === to),
    /** Messages created for `to` (answered 201). */
    created: (to: string) => requests.filter((request) => request.form.To === to && request.status === 201),
    failNext(to: string, ...answers: SmsApiFailure[]) {
      failures.set(to, [...(failures.get(to) ?? []), ...answers]);
    },
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmsProviderStandIn = Awaited<ReturnType<typeof startSmsProviderStandIn>>;
