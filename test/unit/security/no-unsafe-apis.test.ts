// @vitest-environment node
/**
 * The house rules for untrusted page text and privacy, checked on the source itself: no HTML sinks, no
 * dynamic code, no network API anywhere in src/ or entrypoints/ (tests excluded: they may build markup).
 * Comments are stripped first, so a comment that names a rule does not trip it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Drops // and /* *\/ comments (a rough cut that keeps strings intact enough for these patterns). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  // Assigning outerHTML parses markup into the page; reading it only serializes (see the test below).
  ['outerHTML assignments', /\bouterHTML\s*(=[^=]|\+=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['fetch', /(^|[^\w.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['window.postMessage listeners', /addEventListener\(\s*['"`]message['"`]/],
];

const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];

describe('src/ and entrypoints/ hold no HTML sink, no dynamic code and no network API', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('no %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(stripComments(readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(hits).toEqual([]);
  });
});

describe('reading outerHTML (serializing, never parsing into the page)', () => {
  it('happens in one place: the copy of the page sent to be read off its main thread', () => {
    const readers = files.filter((f) => /\bouterHTML\b/.test(stripComments(readFileSync(path.join(ROOT, f), 'utf8'))));
    expect(readers.sort()).toEqual([path.join('src', 'page', 'remote-read.ts'), path.join('src', 'page', 'serialize-body.ts')]);
  });
});
