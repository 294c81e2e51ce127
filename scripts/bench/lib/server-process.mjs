/**
 * A server the bench runs as its own Node process (Strapi, the portal, a job worker): started,
 * waited for until `readyUrl` answers (or, for a process without HTTP, until its output has a line
 * containing `readyLine`), and stopped with SIGTERM (SIGKILL after a time limit). Its output is
 * kept out of the bench's; the last lines are shown when it fails to start or dies.
 */
import { spawn } from 'node:child_process';
import netHelpers from '../../lib/net.cjs';
import { NODE } from '../../lib/paths.mjs';

const { waitForHttp } = netHelpers;
const TAIL_LINES = 60;
const STOP_TIMEOUT_MS = 30_000;

export async function startServerProcess({ name, script, cwd, env, readyUrl, readyLine, readyStatuses = [200, 204], timeoutMs }) {
  const child = spawn(NODE, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  // The raw end of the output, for `readyLine`: a line may arrive split across two chunks.
  let recent = '';
  let ready = false;
  const keep = (chunk) => {
    const text = chunk.toString();
    if (readyLine && !ready) {
      recent = (recent + text).slice(-4096);
      ready = recent.includes(readyLine);
    }
    tail.push(...text.split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  const logTail = () => tail.join('\n');

  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    if (readyLine) await waitForLine({ name, child, isReady: () => ready, readyLine, timeoutMs });
    else await waitForHttp(readyUrl, { child, name, statuses: readyStatuses, timeoutMs });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- last lines from ${name} ---\n${logTail()}`);
  }
  return { child, running, logTail, stop };
}

async function waitForLine({ name, child, isReady, readyLine, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  while (!isReady()) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited before it logged "${readyLine}"`);
    if (Date.now() > deadline) throw new Error(`${name} did not log "${readyLine}" within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
