// Starts a real api and worker (the release binaries) for the browser tests, on a free port and
// a Redis prefix of their own, and Debian's Chromium driven by playwright-core (which never
// downloads a browser of its own here).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, open } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binDir = process.env.SANDBOX_BIN_DIR || path.join(repo, 'target/release');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, processes) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    for (const p of processes) {
      if (p.exitCode !== null) throw new Error(`${p.spawnfile} exited with ${p.exitCode} at start`);
    }
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the api did not answer ${base}/healthz within 30 s`);
}

/**
 * The api and one worker, with `overrides` added to their environment (e.g. a small
 * RATE_LIMIT for a stack of its own). `prefix` starts with `test-` so scripts/test.sh's final check and
 * clean-up cover its containers and Redis keys.
 */
export async function startStack(overrides = {}) {
  const port = await freePort();
  // test-RUN-ui-... when scripts/test.sh names the run (SANDBOX_TEST_RUN), so that its clean-up
  // and final check take in this stack's containers and keys, and no other run's.
  const run = process.env.SANDBOX_TEST_RUN ? `${process.env.SANDBOX_TEST_RUN}-` : '';
  const prefix = `test-${run}ui-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const logDir = path.join(repo, 'target');
  const env = {
    ...process.env,
    BIND_ADDR: `127.0.0.1:${port}`,
    REDIS_PREFIX: prefix,
    RATE_LIMIT: '0',
    UI_DIR: path.join(repo, 'web/dist'),
    RUST_LOG: process.env.RUST_LOG || 'warn',
    ...overrides,
  };
  const processes = [];
  const logs = [];
  // One log per stack: a second stack must not overwrite the first's.
  const tag = Object.keys(overrides).length ? `-${prefix.split('-').at(-1)}` : '';
  for (const name of ['sandbox-api', 'sandbox-worker']) {
    const log = path.join(logDir, `ui-test-${name}${tag}.log`);
    const handle = await open(log, 'w');
    const child = spawn(path.join(binDir, name), [], { env, stdio: ['ignore', handle.fd, handle.fd] });
    await handle.close();
    processes.push(child);
    logs.push(log);
  }
  const base = `http://127.0.0.1:${port}`;
  // SIGTERM lets the worker finish a running job and remove its container.
  const stop = () =>
    Promise.all(
      processes.map(
        (p) =>
          new Promise((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', resolve);
            p.kill('SIGTERM');
          }),
      ),
    );
  try {
    await waitForHealth(base, processes);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}; logs: ${logs.join(', ')}`);
  }
  return { base, prefix, logs, stop };
}

/** Chromium with a fresh profile that is removed on close. */
export async function startBrowser() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sandbox-ui-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
