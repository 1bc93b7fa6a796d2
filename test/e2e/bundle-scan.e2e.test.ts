/**
 * What actually ships: the built bundles of both browsers (.output/chrome-mv3 from `npm run test:e2e`'s
 * build, .output/firefox-mv2 built here) hold no dynamic code, no network API and no remote script.
 * Every absolute URL left in them is listed below with the reason it is harmless; a new one fails the
 * test until someone looks at it.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, PROJECT_ROOT } from './lib';

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function constructor on a string', /(^|[^\w.$])Function\s*\(\s*['"`]/],
  ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['fetch', /(^|[^\w.$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['import() of a remote URL', /\bimport\s*\(\s*['"`]\s*(https?:)?\/\//],
  ['a remote script file', /https?:\/\/[^\s"'`)]+\.m?js\b/],
];

// Absolute URLs the bundles may hold, and why each is harmless. Matched against the URL's start.
const KNOWN_URLS: Array<[string, string]> = [
  ['http://www.w3.org/', 'XML namespace names in Preact (SVG, MathML, XHTML): identifiers, never fetched'],
  ['https://github.com/wxt-dev/wxt/issues/', 'text of a WXT error message'],
  ['https://wxt.dev/guide/', 'text of a WXT error message'],
  ['http://*/*', 'the content script\'s match pattern'],
  ['https://*/*', 'the content script\'s match pattern'],
  ['https://${', 'settings: `new URL(`https://${site}`)` parses a typed site name, no request'],
];

async function filesOf(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

const builds = { chrome: CHROME_BUILD_DIR, firefox: FIREFOX_BUILD_DIR };
const code = new Map<string, string>();

beforeAll(async () => {
  await new Promise<void>((resolve, reject) =>
    execFile(path.join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: PROJECT_ROOT }, (error, _out, err) =>
      error ? reject(new Error(`wxt build -b firefox failed: ${err}`)) : resolve(),
    ),
  );
  for (const dir of Object.values(builds)) {
    for (const file of await filesOf(dir, /\.(m?js|html)$/)) code.set(path.relative(PROJECT_ROOT, file), await readFile(file, 'utf8'));
  }
}, 120_000);

describe.each(Object.entries(builds))('the %s build', (_browser, dir) => {
  const mine = () => [...code].filter(([file]) => path.resolve(PROJECT_ROOT, file).startsWith(dir + path.sep));

  it('has the content script, the background and the popup to scan', () => {
    const files = mine().map(([f]) => path.basename(f));
    expect(files).toEqual(expect.arrayContaining(['background.js', 'content-script.js', 'popup.html']));
  });

  it.each(FORBIDDEN)('holds no %s', (_name, pattern) => {
    const hits = mine().filter(([, text]) => pattern.test(text)).map(([file, text]) => `${file}: …${text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 60)}…`);
    expect(hits).toEqual([]);
  });

  it('holds no absolute URL except the known, harmless ones', () => {
    const unknown = new Set<string>();
    for (const [file, text] of mine()) {
      for (const [url] of text.matchAll(/(?:https?|wss?):\/\/[^\s"'`<>)\\]*/g)) {
        if (!KNOWN_URLS.some(([known]) => url.startsWith(known))) unknown.add(`${file}: ${url}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  // wxt.config.ts: V8 compiles the annotator and the reader (modules, streamed off the main thread) whole, as
  // they load; the content script, compiled on the main thread of every page, stays lazy.
  it('opens the annotator and reader bundles, and no other, with the compile hint', () => {
    const hinted = mine().filter(([, text]) => text.startsWith('//# allFunctionsCalledOnLoad\n')).map(([file]) => path.basename(file));
    expect(hinted.sort()).toEqual(['annotator.js', 'reader.js']);
  });

  it('keeps Readability out of the annotator bundle: only the reader that works in the page needs it', () => {
    const bundle = (name: string) => mine().find(([file]) => path.basename(file) === name)?.[1] ?? '';
    // Readability's own error text, a string no minifier changes.
    const readability = 'Aborting parsing document; ';
    expect(bundle('reader.js')).toContain(readability);
    expect(bundle('annotator.js')).not.toContain(readability);
    expect(bundle('annotator.js').length).toBeGreaterThan(0);
  });

  it('its HTML pages load only their own scripts', () => {
    for (const [file, text] of mine().filter(([f]) => f.endsWith('.html'))) {
      for (const [tag] of text.matchAll(/<script\b[^>]*>/g)) {
        expect(tag, file).toMatch(/\bsrc="\/?(?!\/)[^":]+"/); // a relative src: no inline script, no remote one
      }
    }
  });
});

/**
 * Runs the built content script in a bare V8 context: a document that is not being prerendered, timers held
 * by the test, and `chrome` and `browser` as getters that note every look. Its first task (compile and start)
 * must not touch the extension API: the first touch has the browser build its bindings, work for a later task.
 */
async function startContentScript(code: string): Promise<{ touched: string[]; timers: Array<() => void> }> {
  const touched: string[] = [];
  const timers: Array<() => void> = [];
  // An extension API that answers every property and call (calls never settle): enough for the script to go on.
  const api: object = new Proxy(function () {}, { get: (_t, key) => (key === 'then' ? undefined : api), apply: () => new Promise(() => {}) });
  const sandbox: Record<string, unknown> = {
    performance,
    AbortController,
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: () => {},
  };
  sandbox.document = { prerendering: false, defaultView: sandbox };
  for (const name of ['chrome', 'browser']) {
    Object.defineProperty(sandbox, name, {
      get: () => {
        touched.push(name);
        return api;
      },
    });
  }
  vm.runInContext(code, vm.createContext(sandbox));
  await new Promise((resolve) => setImmediate(resolve)); // every microtask the first task queued
  return { touched, timers };
}

describe.each(Object.entries(builds))('the %s content script', (_browser, dir) => {
  it('leaves the extension API alone in its first task, and first uses it in the task it schedules', async () => {
    const { touched, timers } = await startContentScript(await readFile(path.join(dir, 'content-script.js'), 'utf8'));
    expect(touched).toEqual([]);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(touched.length).toBeGreaterThan(0); // the settings are read there
  });
});

describe('the manifests', () => {
  const manifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const STRICT = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

  it('give extension pages a strict content security policy (MV3 object, MV2 string)', async () => {
    const chrome = await manifest(CHROME_BUILD_DIR);
    const firefox = await manifest(FIREFOX_BUILD_DIR);
    expect(chrome.content_security_policy).toEqual({ extension_pages: STRICT });
    expect(firefox.content_security_policy).toBe(STRICT);
  });

  it('ask for the permissions README.md and SECURITY.md list, and no more (no host permissions)', async () => {
    const chrome = await manifest(CHROME_BUILD_DIR);
    const firefox = await manifest(FIREFOX_BUILD_DIR);
    // offscreen: Chrome's hidden page where the page reader parses a page's HTML (src/background/read-page.ts).
    // sidePanel: the list of sources beside the page (entrypoints/sidepanel); Firefox's sidebar needs no permission.
    expect(chrome.permissions).toEqual(['storage', 'offscreen', 'sidePanel']);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(firefox.permissions).toEqual(['storage']);
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    for (const m of [chrome, firefox]) expect(m).not.toHaveProperty('host_permissions');
    expect(firefox).not.toHaveProperty('optional_permissions');
  });

  it.each(Object.entries(builds))('%s: let no web page or other extension message Sourcelight', async (_browser, dir) => {
    const m = await manifest(dir);
    expect(m).not.toHaveProperty('externally_connectable');
    expect(JSON.stringify(m)).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });
});
