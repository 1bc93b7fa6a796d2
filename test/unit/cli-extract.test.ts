// Spawns the real command line, as users and ../shared/tools scripts do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types';

const SEED = resolve('test/fixtures/seed-article.html');
const ADS = resolve('test/fixtures/ads-pullquotes/source.html');
// Its head preloads from a CDN by protocol-relative addresses ("//cdn…", one `as="fetch"`): the shape that once
// made happy-dom throw from a promise nobody awaited and ended the run.

// `npx tsx src/cli/extract.ts` (what `npm run extract` runs), with tsx called directly so that npm's own
// warnings on stderr cannot mix with the command's.
const TSX = resolve('node_modules/.bin/tsx');

function extract(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['src/cli/extract.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function reports(stdout: string): Report[] {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Report);
}

const tmp = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const TXT = join(tmp, 'story.txt');
// A plain-text article written for this test: title line, blank lines between paragraphs, a CRLF paragraph, an emoji.
const TXT_TEXT = 'Ferry pier to close in June\n\nThe harbor council voted 5-2 to close the old ferry pier, officials said.\n\n\n“We cannot keep asking families to walk on it,” said Rosa Delgado, the council president. 🚢\r\n\r\nThe pier was built in 1931.\n';
writeFileSync(TXT, TXT_TEXT, 'utf8');
// The frozen-mains story as a saved page often is: its head preloads from a CDN by protocol-relative addresses
// (kept out of the fixture itself, which the browser tests load and which must request nothing outside).
const CDN_LINKS = join(tmp, 'frozen-mains-cdn.html');
const CDN_HEAD = [
  '<link rel="preconnect" href="//cdn.harborledger.example">',
  '<link rel="preload" href="//cdn.harborledger.example/api/most-read.json" as="fetch" crossorigin>',
  '<link rel="preload" href="//cdn.harborledger.example/js/ledger.js" as="script">',
  '<link rel="modulepreload" href="//cdn.harborledger.example/js/comments.mjs">',
  '<link rel="stylesheet" href="//cdn.harborledger.example/css/ledger.css">',
  '<link rel="icon" href="//cdn.harborledger.example/favicon.ico">',
].join('\n');
const FROZEN_MAINS = readFileSync(resolve('test/fixtures/frozen-mains/source.html'), 'utf8');
if (!FROZEN_MAINS.includes('<style>')) throw new Error('frozen-mains/source.html: no <style> to put the CDN links before');
writeFileSync(CDN_LINKS, FROZEN_MAINS.replace('<style>', `${CDN_HEAD}\n<style>`), 'utf8');

// Each case spawns a process that loads the engine and happy-dom: generous time on a shared, busy machine.
describe('extract command line', { timeout: 120_000 }, () => {
  it('reads the seed page: one NDJSON report with file, title and the ten paragraphs as text', () => {
    const r = extract('--json', '--with-text', SEED);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [report, ...rest] = reports(r.stdout);
    expect(rest).toEqual([]);
    expect(report!.schema).toBe(1);
    expect(report!.file).toBe(SEED);
    expect(report!.title).toBe('Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions');
    expect(report!.textLength).toBe(report!.text!.length);
    expect(report!.text!.split('\n\n')).toHaveLength(10);
    expect(report!.text).not.toContain('Leave a Reply');
  });

  it('reads a .txt as is: the text is the file, unchanged, and the title its first line', () => {
    const r = extract('--json', '--with-text', TXT);
    expect(r.status).toBe(0);
    const [report] = reports(r.stdout);
    expect(report!.text).toBe(TXT_TEXT);
    expect(report!.textLength).toBe(TXT_TEXT.length);
    expect(report!.title).toBe('Ferry pier to close in June');
  });

  it('--with-text on pages and plain text: every cue, mention and content span equals text.slice(start, end)', () => {
    const r = extract('--json', '--with-text', SEED, ADS, TXT);
    expect(r.status).toBe(0);
    const all = reports(r.stdout);
    expect(all.map((x) => x.file)).toEqual([SEED, ADS, TXT]);
    expect(all.reduce((n, x) => n + x.attributions.length, 0)).toBeGreaterThan(0);
    for (const report of all) {
      const text = report.text!;
      expect(report.textLength).toBe(text.length);
      for (const a of report.attributions) {
      for (const span of [a.cue, ...(a.mention ? [a.mention] : []), ...a.content]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it('a missing file among good ones: one stderr line naming it, the others still reported in order, exit 1', () => {
    const missing = join(tmp, 'no-such-article.html');
    const r = extract('--json', SEED, missing, TXT);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(reports(r.stdout).map((x) => x.file)).toEqual([SEED, TXT]);
  });

  it('a page whose head preloads from a CDN by protocol-relative addresses is read, and the files after it too', () => {
    const r = extract('--json', CDN_LINKS, SEED);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const all = reports(r.stdout);
    expect(all.map((x) => x.file)).toEqual([CDN_LINKS, SEED]);
    expect(all[0]!.title).toBe('Frozen Mains Leave Two Neighborhoods Without Water as Repairs Drag On');
    expect(all[0]!.attributions.length).toBeGreaterThan(10);
  });

  it('an unsupported file type or a directory is an error line too, never a report', () => {
    const r = extract('--json', tmp, join(tmp, 'notes.pdf'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(tmp);
    expect(lines[1]).toContain('notes.pdf');
  });

  it('without --json prints a readable summary: the file, the title, each source with kind and count', () => {
    const r = extract(SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).toContain('title: Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions');
    expect(r.stdout).not.toMatch(/^\{/m);
    const [report] = reports(extract('--json', SEED).stdout);
    for (const s of report!.sources) expect(r.stdout).toContain(`${s.name} (${s.kind}`);
  });

  it.each([
    ['no file', []],
    ['an unknown flag', ['--jsn', SEED]],
  ])('%s: a usage line on stderr, nothing on stdout, exit 2', (_name, args) => {
    const r = extract(...(args as string[]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: .*extract/);
  });
});
