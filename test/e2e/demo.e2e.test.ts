/**
 * `npm run demo` as a newcomer runs it: the headless demo writes its five screenshots (annotated seed
 * article, hover card, popup, side panel, "Your reading") as real PNGs and reports that no request left 127.0.0.1 (the demo asserts
 * that itself with the harness's network watcher and exits 1 otherwise); without a display or without a
 * browser it says what to do in one message and exits 1.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './lib';

interface Run { code: number; stdout: string; stderr: string }

function demo(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [tsx, 'scripts/demo.ts', ...args], { cwd: PROJECT_ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run demo -- --headless', () => {
  let out = '';
  let run: Run;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-demo-test-'));
    // test:e2e has just built the extension; the demo's own build step is covered by using the same wxt commands.
    run = await demo(['--headless', '--no-build', '--out', out]);
  }, 150_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('exits 0 and prints the five screenshot paths', () => {
    expect(run.stderr.replace(/^npm warn.*\n/gm, ''), run.stdout).toBe('');
    expect(run.code).toBe(0);
    for (const name of ['annotated-article.png', 'hover-card.png', 'popup.png', 'side-panel.png', 'your-reading.png']) {
      expect(run.stdout).toContain(path.relative(PROJECT_ROOT, path.join(out, name)));
    }
  });

  it.each(['annotated-article.png', 'hover-card.png', 'popup.png', 'side-panel.png', 'your-reading.png'])('%s is a non-empty PNG', async (name) => {
    const bytes = await readFile(path.join(out, name));
    const { width, height } = pngSize(bytes);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(50);
    expect(bytes.length).toBeGreaterThan(5_000); // a blank PNG of that size compresses to far less
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(run.stdout).toContain('No request left 127.0.0.1.');
    expect(run.stdout).not.toMatch(/left the machine/);
  });
});

describe('npm run demo says what to do when it cannot open a window', () => {
  it('without a display, suggests --headless', async () => {
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const run = await demo(['--no-build'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('$DISPLAY and $WAYLAND_DISPLAY are both unset');
    expect(run.stderr).toContain('npm run demo -- --headless');
  });

  it('without any browser, says what to install', async () => {
    const env = { ...process.env, PATH: '/nonexistent', SOURCELIGHT_BROWSER: '', CHROME_PATH: '', CHROMIUM_PATH: '' };
    const run = await demo(['--headless', '--no-build'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No Chromium or Chrome found');
    expect(run.stderr).toContain('sudo apt install chromium');
  });

  it('rejects an unknown option with usage advice', async () => {
    const run = await demo(['--fast']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--fast". Try: npm run demo -- --help');
  });
});
