/**
 * `npm run demo`: a newcomer's first five minutes. Builds Sourcelight for both browsers, serves the
 * project's own demo pages from 127.0.0.1 and opens the reader's Chromium or Chrome with Sourcelight
 * loaded on the seed article (`--firefox`: Firefox; `--headless`: screenshots instead of a window).
 * Stopping it (closing the browser, Ctrl-C, SIGTERM) leaves no browser, server or profile behind.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, PROJECT_ROOT, startStaticServer, type StaticServer } from '../test/e2e/lib';
import { DEMO_USAGE, parseDemoArgs, type DemoOptions } from './demo/args';
import { buildExtensions } from './demo/build';
import { runChromiumDemo } from './demo/chromium-demo';
import { listDemoPages, renderIndex } from './demo/demo-pages';
import { findBrowser, noBrowserMessage, type FoundBrowser } from './demo/find-browser';
import { firefoxRoutes, runFirefoxDemo } from './demo/firefox-demo';
import { runHeadlessDemo } from './demo/headless-demo';
import { onStop, stopAll, stopOnSignals } from './demo/stop-on-signal';

/** Thrown for problems the user can fix; printed as one message, no stack. */
class DemoError extends Error {}

function locateBrowser(opts: DemoOptions): FoundBrowser {
  const family = opts.mode === 'firefox' ? 'firefox' : 'chromium';
  let found: FoundBrowser | null;
  try {
    found = findBrowser(family, {
      env: process.env,
      platform: process.platform,
      exists: (f) => existsSync(f),
    });
  } catch (error) {
    throw new DemoError((error as Error).message);
  }
  if (!found) throw new DemoError(noBrowserMessage(family, process.platform));
  return found;
}

/** A window needs a display: on Linux and the BSDs that is $DISPLAY (X11) or $WAYLAND_DISPLAY. */
function checkDisplay(opts: DemoOptions): void {
  if (opts.mode === 'headless' || process.platform === 'darwin' || process.platform === 'win32') return;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  throw new DemoError(
    'No display: $DISPLAY and $WAYLAND_DISPLAY are both unset, so no browser window can open here.\n' +
      'On a server, take screenshots instead:  npm run demo -- --headless',
  );
}

async function main(argv: string[]): Promise<number> {
  let opts: DemoOptions;
  try {
    opts = parseDemoArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (opts.help) {
    console.log(DEMO_USAGE);
    return 0;
  }
  const found = locateBrowser(opts);
  checkDisplay(opts);
  stopOnSignals(() => console.log('\nStopping the demo…'));

  if (opts.build) {
    console.log('Building Sourcelight for Chrome and Firefox (wxt build && wxt build -b firefox)…');
    await buildExtensions(PROJECT_ROOT);
  }

  const pages = await listDemoPages(FIXTURES_DIR);
  const index = renderIndex(pages);
  const firefoxState = { installed: false };
  let server: StaticServer | null = null;
  server = await startStaticServer({
    routes: {
      '/': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(index),
      ...firefoxRoutes(firefoxState, () => server!.url('seed-article.html')),
    },
  });
  const served = server;
  onStop(() => served.close());
  console.log(`Serving ${pages.length} demo page(s) on ${served.origin}/ (this machine only).`);

  try {
    if (opts.mode === 'headless') {
      const shots = await runHeadlessDemo(found, served, path.resolve(opts.outDir));
      console.log('Screenshots:');
      for (const file of [shots.article, shots.hoverCard, shots.popup, shots.sidePanel, shots.memory]) console.log(`  ${path.relative(process.cwd(), file)}`);
      console.log('No request left 127.0.0.1.');
    } else if (opts.mode === 'firefox') {
      await runFirefoxDemo(found, served, firefoxState);
    } else {
      await runChromiumDemo(found, served);
    }
    return 0;
  } finally {
    await stopAll();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  await stopAll();
  console.error(error instanceof DemoError ? error.message : `Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
