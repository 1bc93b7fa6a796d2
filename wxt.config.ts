import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { MARKS_CSS_PATH, marksCss } from './src/highlight/palette';

// V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): every function of the file is compiled
// with the file, on the thread that streams it in, instead of on the page's main thread when first called.
// The annotator and reader bundles are imported as modules, which Chrome compiles off the main thread; nearly
// all of the annotator's code runs on every article page (its lazy compiles were about 5 ms of each load's
// main-thread time), and most of the reader's whenever it is loaded.
// The magic comment must open the file: added after minification, which drops comments.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const EAGER_BUNDLES = new Set(['annotator.js', 'reader.js']);

// The content script (entrypoints/content-script.ts) runs on every http(s) page, and its bundles may be
// loaded there: one list of pages for both.
const CONTENT_SCRIPT_PATH = 'content-script.js';
const PAGES = ['http://*/*', 'https://*/*'];

function compileHints(): Plugin {
  return {
    name: 'sourcelight:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && EAGER_BUNDLES.has(chunk.fileName)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), compileHints()],
    // Vite's modulepreload polyfill fetch()es preloaded chunks; both browsers preload natively, and the
    // bundles must hold no network call at all (test/e2e/bundle-scan.e2e.test.ts).
    // SOURCELIGHT_NO_MINIFY=1 keeps names readable in profiles (HOSTILE_WHERE=1 npm run bench:hostile).
    build: { modulePreload: { polyfill: false }, ...(process.env.SOURCELIGHT_NO_MINIFY ? { minify: false } : {}) },
  }),
  // `npm run zip`: the store packages plus the sources archive Firefox review rebuilds from. Tests, fixtures and
  // local output are not needed to build (WXT already leaves out node_modules, dot-files and .output).
  zip: {
    excludeSources: ['test/**', 'demo-output/**', 'test-results/**', '**/*.log', 'stats.html'],
  },
  hooks: {
    // The marks' stylesheet is written from the palette (src/highlight/palette.ts) and declared with the content
    // script: the browser injects it into the page itself, outside the page's DOM and document.styleSheets.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MARKS_CSS_PATH, contents: `${marksCss()}\n` });
    },
    // The content script is an unlisted script of ours (entrypoints/content-script.ts, not WXT's content-script
    // wrapper), declared here with the marks' stylesheet.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length) throw new Error('unexpected content scripts: Sourcelight declares its own');
      manifest.content_scripts = [
        { matches: PAGES, js: [CONTENT_SCRIPT_PATH], css: [MARKS_CSS_PATH], run_at: 'document_idle' },
      ];
    },
    // The content script's bundles (run on every page) use the browser's own extension API instead of
    // webextension-polyfill: see src/content/native-browser.ts. Extension pages and the background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.name === 'content-script' || e.name === 'annotator' || e.name === 'reader')) return;
      const native = { find: 'webextension-polyfill', replacement: path.resolve('src/content/native-browser.ts') };
      config.resolve ??= {};
      const { alias } = config.resolve;
      config.resolve.alias = Array.isArray(alias) ? [...alias, native] : { ...alias, [native.find]: native.replacement };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): a hidden page of our own where the page reader parses a page's HTML, off the page's
    // main thread (src/background/read-page.ts); Firefox's background page parses HTML itself.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // Extension pages run only our own bundled scripts: no inline or remote code, no eval, no plugins, no <base>
    // or form posts. WXT writes this as the MV2 string for Firefox. See SECURITY.md.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // The heavy parts of the content script, imported by it only on article pages (src/content/load-annotator.ts):
    // the annotator, and the page reader that works in the page when an article must be read there.
    // Chrome hands it out under a per-session URL, so pages cannot probe for the extension by a fixed address.
    web_accessible_resources: [
      {
        resources: ['annotator.js', 'reader.js'],
        matches: PAGES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
      // The side panel (entrypoints/sidepanel, which WXT declares as Chrome's side_panel with the sidePanel
      // permission, and as Firefox's sidebar_action): Firefox opens and closes its sidebar itself on the
      // reserved command; Chrome's command reaches the background, which opens the panel (src/background/start.ts).
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open or close Sourcelight beside the page' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open Sourcelight beside the page' } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              // 140 (the current ESR) is the first Firefox that knows data_collection_permissions; Android got it in 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
