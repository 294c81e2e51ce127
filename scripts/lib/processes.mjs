import { spawn } from 'node:child_process';
import { NODE } from './paths.mjs';
import netHelpers from './net.cjs';

/** Runs a command to completion, showing its output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts a long-running Node program; its output is prefixed with its name. */
export function startService({ name, script, args = [], cwd, env, quiet = false }) {
  const child = spawn(NODE, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      if (!quiet) for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until a started service answers `url`; fails at once if the service exits first. */
export const waitForHttp = (url, { service, ...options } = {}) =>
  netHelpers.waitForHttp(url, { ...options, child: service?.child, name: service?.name });
