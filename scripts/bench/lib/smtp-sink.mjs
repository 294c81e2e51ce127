/**
 * An SMTP server on loopback that accepts every message and throws it away, so the ticket
 * route's notification emails really leave Strapi during the bench. It only counts them.
 */
import { SMTPServer } from 'smtp-server';

export async function startSmtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.server.address().port,
    received: () => received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
