/**
 * `npm run demo -- --firefox`: the Firefox build in Firefox with a window, through `web-ext run` (which makes
 * and removes its own temporary profile). Firefox opens a waiting page first and moves on to the seed
 * article once web-ext has installed the add-on, so the content script is there when the article loads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { FIREFOX_BUILD_DIR, PROJECT_ROOT, type StaticServer } from '../../test/e2e/lib';
import type { FoundBrowser } from './find-browser';
import { SEED_PAGE } from './demo-pages';
import { onStop } from './stop-on-signal';

export const WAIT_PATH = '/demo/waiting.html';
export const READY_PATH = '/demo/ready';
const INSTALLED = /Installed .* as a temporary add-on/;

/** The waiting page: asks the demo server every quarter second whether the add-on is in, then opens the article. */
export function waitingPage(target: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Starting Sourcelight…</title></head>
<body style="font: 16px system-ui, sans-serif; margin: 40px">Installing Sourcelight in Firefox…
<script>
const poll = () => fetch(${JSON.stringify(READY_PATH)}, { cache: 'no-store' }).then((r) => r.text())
  .then((t) => (t === 'yes' ? location.replace(${JSON.stringify(target)}) : setTimeout(poll, 250)), () => setTimeout(poll, 250));
poll();
</script></body></html>`;
}

/** Stops web-ext the polite way (it closes Firefox and deletes its profile), then kills whatever of its process group is left. */
function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const pid = child.pid;
    if (!pid || child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => (kill(), resolve()), 10_000);
    child.once('exit', () => (clearTimeout(timer), kill(), resolve()));
    try {
      process.kill(-pid, 'SIGINT');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** The two routes the waiting page needs; `seedUrl` is read when the page is served (the server's port is not known before). */
export function firefoxRoutes(state: { installed: boolean }, seedUrl: () => string): Record<string, Route> {
  return {
    [WAIT_PATH]: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(waitingPage(seedUrl()));
    },
    [READY_PATH]: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end(state.installed ? 'yes' : 'no');
    },
  };
}

/** Runs Firefox with the add-on until the user closes it; throws with web-ext's output when it stops before installing. */
export async function runFirefoxDemo(found: FoundBrowser, server: StaticServer, state: { installed: boolean }): Promise<void> {
  const child = spawn(
    path.join(PROJECT_ROOT, 'node_modules/.bin/web-ext'),
    [
      'run',
      '--target=firefox-desktop',
      `--firefox=${found.path}`,
      `--source-dir=${FIREFOX_BUILD_DIR}`,
      `--start-url=${server.url(WAIT_PATH)}`,
      `--start-url=${server.url('/')}`,
      '--no-input',
      '--no-reload',
      '--no-config-discovery',
      // The demo makes no request beyond 127.0.0.1: keep Firefox's own update, telemetry and safe-browsing traffic off.
      '--pref=app.update.enabled=false',
      '--pref=datareporting.policy.dataSubmissionEnabled=false',
      '--pref=toolkit.telemetry.enabled=false',
      '--pref=browser.safebrowsing.update.enabled=false',
      '--pref=network.captive-portal-service.enabled=false',
      '--pref=browser.startup.homepage_override.mstone=ignore',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  onStop(() => stopGroup(child));
  let log = '';
  const watch = (d: Buffer) => {
    log += d.toString();
    if (!state.installed && INSTALLED.test(log)) {
      state.installed = true;
      console.log(`Sourcelight is running in ${found.path}.`);
      console.log(`  Seed article:   ${server.url(SEED_PAGE)}`);
      console.log(`  All demo pages: ${server.url('/')}`);
      console.log('Close Firefox or press Ctrl-C to stop.');
    }
  };
  child.stdout?.on('data', watch);
  child.stderr?.on('data', watch);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  if (!state.installed) throw new Error(`web-ext stopped before Sourcelight was installed (exit ${code}):\n${log.trim().slice(-3000)}`);
}
