/**
 * Firefox smoke test (`npm run test:firefox`): runs the Firefox build in headless Firefox ESR under
 * `web-ext run`, opens the seed article from 127.0.0.1 and checks that Sourcelight's marks appear, then that
 * the sidebar (which Firefox opens when the add-on is installed) shows the seed article's report.
 *
 * How the page is observed: the server hands Firefox the seed article with one extra inline script (test
 * only, never part of a fixture) that watches for `sourcelight-mark` elements and reports what it sees
 * back to the same server with plain GET requests (`/report?...`). The sidebar, which no page script can
 * see, is read over Firefox's remote debugging protocol on the port web-ext opened (`lib/firefox-rdp.ts`).
 * Firefox and web-ext always get killed at the end, on failure and on Ctrl-C too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_BUILD_DIR, FIXTURES_DIR, PROJECT_ROOT, cliReport, firefoxPath, startStaticServer, type StaticServer } from './lib';
import { FirefoxRdp } from './lib/firefox-rdp';

const PAGE = '/smoke/seed-article.html';
// Firefox opens this first; it moves on to PAGE only once web-ext has installed the add-on, so the content
// script is registered before the article loads.
const START = '/smoke/start.html';
const START_PAGE = `<!doctype html><title>Waiting for Sourcelight</title><script>
const poll = () => fetch('/smoke/ready', { cache: 'no-store' }).then((r) => r.text())
  .then((t) => (t === 'yes' ? location.replace('${PAGE}') : setTimeout(poll, 250)), () => setTimeout(poll, 250));
poll();
</script>`;
const INSTALLED = /Installed .* as a temporary add-on/;
const LOAD_TIMEOUT_MS = 90_000;
const MARKS_TIMEOUT_MS = 30_000;
const SIDEBAR_TIMEOUT_MS = 30_000;
const ADDON_ID = 'sourcelight@sourcelight.dev';
// web-ext --verbose says which port of Firefox's remote debugging protocol it talks to.
const RDP_PORT = /Connected to the remote Firefox debugger on port (\d+)/;
// In the sidebar: the source names its list shows, and the article title above them.
const SIDEBAR_PROBE = `JSON.stringify({ title: document.querySelector('.page-title')?.textContent ?? null, names: [...document.querySelectorAll('.source-name-text')].map((e) => e.textContent).sort() })`;

// Reports once on load, then whenever the marks change, for up to MARKS_TIMEOUT_MS. Test-only page code.
const REPORTER = `<script>
(() => {
  const report = (final) => {
    const marks = [...document.querySelectorAll('sourcelight-mark')];
    const parts = new Set(['content', 'cue', 'mention']);
    const invalid = marks.filter((m) => !m.dataset.attribution || !parts.has(m.dataset.part) || !m.hasAttribute('data-source')).length;
    const attributions = new Set(marks.map((m) => m.dataset.attribution)).size;
    // Drawn by the marks' stylesheet the manifest declares: quoted words tinted, cues and names underlined.
    const unstyled = marks.filter((m) => {
      const s = getComputedStyle(m);
      const drawn = m.dataset.part === 'content' ? s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none' : s.textDecorationLine.includes('underline');
      return s.display !== 'inline' || !drawn;
    }).length;
    const q = new URLSearchParams({ marks: String(marks.length), attributions: String(attributions), invalid: String(invalid), unstyled: String(unstyled), final: final ? '1' : '0' });
    fetch('/report?' + q, { cache: 'no-store' }).catch(() => {});
  };
  let last = -1;
  const started = Date.now();
  const tick = () => {
    const n = document.querySelectorAll('sourcelight-mark').length;
    if (n !== last) { last = n; report(false); }
    if (Date.now() - started < ${MARKS_TIMEOUT_MS}) setTimeout(tick, 250); else report(true);
  };
  tick();
})();
</script>`;

interface Result {
  ok: boolean;
  message: string;
}

/** Waits for the page's reports until every attribution the engine finds (`expected`, from the CLI) is marked. */
async function waitForMarks(server: StaticServer, expected: number): Promise<Result> {
  // PAGE is only requested after the start page saw web-ext report the add-on installed.
  await server.waitForRequest(PAGE, LOAD_TIMEOUT_MS);
  await server.waitForRequest('/report', LOAD_TIMEOUT_MS);
  const deadline = Date.now() + MARKS_TIMEOUT_MS + 5_000;
  while (Date.now() < deadline) {
    const reports = server.requests.filter((r) => r.pathname === '/report');
    const broken = reports.find((r) => Number(r.query.get('invalid')) > 0);
    if (broken) return { ok: false, message: `${broken.query.get('invalid')} mark(s) break the page contract (data-attribution/data-source/data-part)` };
    const done = reports.find((r) => Number(r.query.get('attributions')) === expected && Number(r.query.get('marks')) >= expected);
    if (done && Number(done.query.get('unstyled')) > 0) return { ok: false, message: `${done.query.get('unstyled')} of ${done.query.get('marks')} marks are not drawn by the marks' stylesheet` };
    if (done) return { ok: true, message: `${done.query.get('marks')} marks for all ${expected} attributions the engine finds on the seed article, each drawn by the marks' stylesheet` };
    if (reports.some((r) => r.query.get('final') === '1')) {
      const last = reports.at(-1)!;
      return { ok: false, message: `${last.query.get('marks')} marks for ${last.query.get('attributions')} attributions; the engine finds ${expected}` };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { ok: false, message: `the marks for all ${expected} attributions did not appear on the seed article within ${MARKS_TIMEOUT_MS / 1000} s` };
}

/** Reads the sidebar over the remote debugging protocol until it lists every source the engine finds on the seed article. */
async function checkSidebar(log: () => string, expected: { title: string | null; names: string[] }): Promise<Result> {
  const port = RDP_PORT.exec(log());
  if (!port) return { ok: false, message: 'web-ext did not say which debugging port it uses' };
  const rdp = new FirefoxRdp(Number(port[1]));
  const want = JSON.stringify({ title: expected.title, names: [...expected.names].sort() });
  let seen = '(no sidebar document)';
  try {
    const deadline = Date.now() + SIDEBAR_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const sidebar = await rdp.addonDocument(ADDON_ID, '/sidepanel.html');
      if (sidebar) {
        seen = String(await rdp.evaluate(sidebar, SIDEBAR_PROBE));
        if (seen === want) return { ok: true, message: `the sidebar shows the seed article's ${expected.names.length} sources` };
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { ok: false, message: `the sidebar did not show the seed article's report: it shows ${seen.slice(0, 400)}, expected ${want.slice(0, 400)}` };
  } finally {
    rdp.close();
  }
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      // web-ext stops Firefox on SIGINT; kill whatever of the group might remain.
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    });
    try {
      process.kill(-pid, 'SIGINT');
    } catch {
      resolve();
    }
  });
}

async function main(): Promise<number> {
  const manifestPath = path.join(FIREFOX_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npx wxt build -b firefox\` first.`);
    return 1;
  }
  const seedReport = await cliReport('test/fixtures/seed-article.html');
  const expected = seedReport.attributions.length;
  if (expected === 0) {
    console.error('firefox smoke: FAIL: the engine finds no attribution in the seed article, so there is nothing to check');
    return 1;
  }
  const seed = await readFile(path.join(FIXTURES_DIR, 'seed-article.html'), 'utf8');

  let log = '';
  const server = await startStaticServer({
    routes: {
      [START]: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(START_PAGE);
      },
      '/smoke/ready': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        res.end(INSTALLED.test(log) ? 'yes' : 'no');
      },
      [PAGE]: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(seed.replace(/<\/body>/i, `${REPORTER}</body>`));
      },
    },
  });
  const webExt = path.join(PROJECT_ROOT, 'node_modules/.bin/web-ext');
  const child = spawn(
    webExt,
    [
      'run',
      '--verbose',
      '--target=firefox-desktop',
      `--firefox=${firefoxPath()}`,
      `--source-dir=${FIREFOX_BUILD_DIR}`,
      `--start-url=${server.url(START)}`,
      '--no-input',
      '--no-reload',
      '--no-config-discovery',
      // Keep Firefox off the network: no update, telemetry, or remote-settings traffic in a test.
      '--pref=app.update.enabled=false',
      '--pref=datareporting.policy.dataSubmissionEnabled=false',
      '--pref=browser.safebrowsing.update.enabled=false',
      '--pref=network.captive-portal-service.enabled=false',
    ],
    { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<Result>((resolve) =>
    child.once('exit', (code, signal) => resolve({ ok: false, message: `web-ext exited early (${signal ?? code})` })),
  );
  const interrupt = () => void stopProcessGroup(child).then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  let result: Result;
  try {
    result = await Promise.race([waitForMarks(server, expected), exited]);
    if (result.ok) {
      const sidebar = await Promise.race([checkSidebar(() => log, { title: seedReport.title, names: seedReport.sources.map((s) => s.name) }), exited]);
      result = sidebar.ok ? { ok: true, message: `${result.message}; ${sidebar.message}` } : sidebar;
    }
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    await stopProcessGroup(child);
    await server.close();
  }
  if (result.ok) {
    console.log(`firefox smoke: PASS: ${result.message}`);
    return 0;
  }
  console.error(`firefox smoke: FAIL: ${result.message}\n--- web-ext output ---\n${log.slice(-4000)}`);
  return 1;
}

process.exitCode = await main();
