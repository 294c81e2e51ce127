'use strict';

/** Small network helpers shared by the launcher, the tests and the benches (CommonJS so all can load it). */
const net = require('node:net');

/** A TCP port that was free a moment ago on the loopback interface. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const hasExited = (child) => child && (child.exitCode !== null || child.signalCode !== null);

/**
 * Waits until a server answers `url` with one of `statuses`, or fails as soon as the process that
 * should serve it has exited.
 * @param {string} url
 * @param {{ timeoutMs?: number, statuses?: number[], child?: import("node:child_process").ChildProcess, name?: string }} [options]
 */
async function waitForHttp(url, { timeoutMs = 180000, statuses = [200, 204], child, name = 'server' } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`${name} exited before ${url} answered`);
    try {
      const response = await fetch(url);
      if (statuses.includes(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

module.exports = { freePort, waitForHttp };
