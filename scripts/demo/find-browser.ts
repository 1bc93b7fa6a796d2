/**
 * Finds the browser a user already has, the way they would point at it: an environment variable first,
 * then the usual command names on PATH, then the usual install paths on macOS and Windows.
 * Pure apart from the injected `exists` check, so every platform's search is testable on any machine.
 */
import path from 'node:path';

export type BrowserFamily = 'chromium' | 'firefox';
/** `chrome` is branded Google Chrome: from version 137 it ignores --load-extension (see below). */
export type BrowserFlavor = 'chromium' | 'chrome-for-testing' | 'chrome' | 'firefox';

export interface FoundBrowser {
  path: string;
  flavor: BrowserFlavor;
  /** How it was found, said to the user: "SOURCELIGHT_BROWSER", "PATH (chromium)", "install path". */
  via: string;
}

export interface SearchEnv {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** True when a file exists and can be run. */
  exists: (file: string) => boolean;
}

/** Environment variables a user may set, most specific first. */
export const BROWSER_ENV_VARS: Record<BrowserFamily, string[]> = {
  chromium: ['SOURCELIGHT_BROWSER', 'CHROME_PATH', 'CHROMIUM_PATH'],
  firefox: ['SOURCELIGHT_FIREFOX', 'FIREFOX_PATH', 'FIREFOX_BIN'],
};

// Chromium before Chrome: branded Chrome 137+ drops --load-extension, Chromium and Chrome for Testing keep it.
const COMMANDS: Record<BrowserFamily, string[]> = {
  chromium: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  firefox: ['firefox', 'firefox-esr'],
};

function installPaths(family: BrowserFamily, platform: NodeJS.Platform, env: SearchEnv['env']): string[] {
  if (platform === 'darwin') {
    return family === 'chromium'
      ? [
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
          '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        ]
      : ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const rel =
      family === 'chromium'
        ? ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe']
        : ['Mozilla Firefox\\firefox.exe'];
    return rel.flatMap((r) => roots.map((root) => path.win32.join(root, r)));
  }
  return family === 'chromium' ? ['/snap/bin/chromium'] : [];
}

/** Names the flavor of a Chromium-family binary from its path: anything not clearly Chromium or Chrome for Testing counts as branded Chrome. */
export function flavorOf(file: string, family: BrowserFamily): BrowserFlavor {
  if (family === 'firefox') return 'firefox';
  const name = file.toLowerCase();
  if (name.includes('for testing') || name.includes('chrome-for-testing') || name.includes('chrome-linux64') || name.includes('chrome-mac') || name.includes('chrome-win64')) {
    return 'chrome-for-testing';
  }
  if (name.includes('chromium')) return 'chromium';
  if (name.includes('chrome')) return 'chrome';
  return 'chromium'; // an unnamed binary given by the user: trust it to take --load-extension
}

function onPath(cmd: string, s: SearchEnv): string | null {
  const dirs = (s.env.PATH ?? s.env.Path ?? '').split(s.platform === 'win32' ? ';' : ':').filter(Boolean);
  const exts = s.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  const join = s.platform === 'win32' ? path.win32.join : path.posix.join;
  for (const dir of dirs) {
    for (const ext of exts) {
      const file = join(dir, cmd + ext);
      if (s.exists(file)) return file;
    }
  }
  return null;
}

/**
 * Returns the first browser of the family found, or null. An environment variable naming a missing file
 * is an error (the user asked for it explicitly), thrown with the variable's name. Branded Chrome is
 * returned last, after any Chromium or Chrome for Testing on the machine.
 */
export function findBrowser(family: BrowserFamily, s: SearchEnv): FoundBrowser | null {
  for (const name of BROWSER_ENV_VARS[family]) {
    const value = s.env[name]?.trim();
    if (!value) continue;
    if (!s.exists(value)) throw new Error(`${name} is set to "${value}", but no browser is there.`);
    return { path: value, flavor: flavorOf(value, family), via: name };
  }
  const found: FoundBrowser[] = [];
  for (const cmd of COMMANDS[family]) {
    const file = onPath(cmd, s);
    if (file) found.push({ path: file, flavor: flavorOf(cmd, family), via: `PATH (${cmd})` });
  }
  for (const file of installPaths(family, s.platform, s.env)) {
    if (s.exists(file)) found.push({ path: file, flavor: flavorOf(file, family), via: 'install path' });
  }
  return found.find((b) => b.flavor !== 'chrome') ?? found[0] ?? null;
}

/** The one message a user without a browser reads: what to install on their platform, and how to point at one. */
export function noBrowserMessage(family: BrowserFamily, platform: NodeJS.Platform): string {
  const vars = BROWSER_ENV_VARS[family].slice(0, 2).join(' or ');
  if (family === 'firefox') {
    const how =
      platform === 'darwin' ? 'brew install --cask firefox'
      : platform === 'win32' ? 'winget install Mozilla.Firefox'
      : 'sudo apt install firefox-esr   (or your distribution\'s firefox package)';
    return `No Firefox found (looked at ${vars}, then firefox and firefox-esr on PATH${platform === 'linux' ? '' : ' and the usual install folder'}).\nInstall it:  ${how}\nor point at one:  ${BROWSER_ENV_VARS.firefox[0]}=/path/to/firefox npm run demo -- --firefox`;
  }
  const how =
    platform === 'darwin' ? 'brew install --cask chromium   (or: npx @puppeteer/browsers install chrome@stable for Chrome for Testing)'
    : platform === 'win32' ? 'Chrome for Testing: npx @puppeteer/browsers install chrome@stable'
    : 'sudo apt install chromium   (or your distribution\'s chromium package)';
  return `No Chromium or Chrome found (looked at ${vars}, then chromium, chromium-browser, google-chrome, google-chrome-stable on PATH${platform === 'linux' ? '' : ' and the usual install folders'}).\nInstall Chromium:  ${how}\nor point at one:  ${BROWSER_ENV_VARS.chromium[0]}=/path/to/chromium npm run demo`;
}

/** Said when only branded Chrome is found: Chrome 137+ ignores --load-extension, so the demo cannot load Sourcelight into it. */
export const BRANDED_CHROME_NOTE =
  'Google Chrome 137 and later ignore --load-extension, so Sourcelight may not load in it. ' +
  'Chromium or Chrome for Testing work: install one, or set SOURCELIGHT_BROWSER to its path. ' +
  'Or load it by hand: chrome://extensions, Developer mode, "Load unpacked", pick .output/chrome-mv3.';
