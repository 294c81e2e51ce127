/**
 * An SMTP server on loopback that accepts every message and throws it away, so the ticket
 * route's notification emails really leave Strapi during the bench. It only counts them, and, when
 * given `keyHeader`, counts them per value of that header too (the outbox's X-Idempotency-Key), so
 * that a lost or a doubled email shows by name.
 */
import { SMTPServer } from 'smtp-server';

const HEADER_LIMIT = 64 * 1024;

/** The value of `name` in a message's header section (folded lines unfolded), or null. */
const headerValue = (head, name) => {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
};

export async function startSmtpSink({ keyHeader } = {}) {
  let received = 0;
  const perKey = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      if (keyHeader) {
        stream.on('data', (chunk) => {
          if (head.length < HEADER_LIMIT && !head.includes('\r\n\r\n')) head += chunk.toString('latin1');
        });
      } else {
        stream.resume();
      }
      stream.on('end', () => {
        received += 1;
        if (keyHeader) {
          const key = headerValue(head.split('\r\n\r\n')[0], keyHeader);
          perKey.set(key, (perKey.get(key) ?? 0) + 1);
        }
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.server.address().port,
    received: () => received,
    /** How many messages came with each value of `keyHeader` (null: without it). */
    receivedPerKey: () => new Map(perKey),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
