// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findBrowser, flavorOf, noBrowserMessage, type SearchEnv } from '../../scripts/demo/find-browser';

function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): SearchEnv {
  const set = new Set(files);
  return { platform, env, exists: (f) => set.has(f) };
}

describe('findBrowser', () => {
  it('takes SOURCELIGHT_BROWSER before anything on PATH', () => {
    const m = machine('linux', ['/opt/cft/chrome', '/usr/bin/chromium'], { SOURCELIGHT_BROWSER: '/opt/cft/chrome', PATH: '/usr/bin' });
    expect(findBrowser('chromium', m)).toEqual({ path: '/opt/cft/chrome', flavor: 'chrome', via: 'SOURCELIGHT_BROWSER' });
  });

  it('takes CHROME_PATH when SOURCELIGHT_BROWSER is unset', () => {
    const m = machine('linux', ['/x/chrome-linux64/chrome'], { CHROME_PATH: '/x/chrome-linux64/chrome', PATH: '' });
    expect(findBrowser('chromium', m)).toMatchObject({ flavor: 'chrome-for-testing', via: 'CHROME_PATH' });
  });

  it('names the variable when it points at nothing', () => {
    const m = machine('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/nope', PATH: '/usr/bin' });
    expect(() => findBrowser('chromium', m)).toThrow('CHROME_PATH is set to "/nope", but no browser is there.');
  });

  it('finds chromium on PATH', () => {
    const m = machine('linux', ['/usr/bin/chromium'], { PATH: '/usr/local/bin:/usr/bin' });
    expect(findBrowser('chromium', m)).toEqual({ path: '/usr/bin/chromium', flavor: 'chromium', via: 'PATH (chromium)' });
  });

  it('prefers Chromium to branded Chrome, which ignores --load-extension', () => {
    const m = machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'], { PATH: '/usr/bin' });
    expect(findBrowser('chromium', m)).toMatchObject({ path: '/usr/bin/chromium-browser', flavor: 'chromium' });
  });

  it('returns branded Chrome when it is all there is', () => {
    const m = machine('linux', ['/usr/bin/google-chrome-stable'], { PATH: '/usr/bin' });
    expect(findBrowser('chromium', m)).toMatchObject({ path: '/usr/bin/google-chrome-stable', flavor: 'chrome' });
  });

  it('looks in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const m = machine('darwin', [chrome], { PATH: '/usr/bin' });
    expect(findBrowser('chromium', m)).toEqual({ path: chrome, flavor: 'chrome', via: 'install path' });
  });

  it('looks in Program Files on Windows', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const m = machine('win32', [chrome], { PROGRAMFILES: 'C:\\Program Files', Path: 'C:\\Windows' });
    expect(findBrowser('chromium', m)).toMatchObject({ path: chrome, flavor: 'chrome' });
  });

  it('finds firefox-esr when there is no firefox', () => {
    const m = machine('linux', ['/usr/bin/firefox-esr'], { PATH: '/usr/bin' });
    expect(findBrowser('firefox', m)).toEqual({ path: '/usr/bin/firefox-esr', flavor: 'firefox', via: 'PATH (firefox-esr)' });
  });

  it('returns null on a machine with no browser', () => {
    expect(findBrowser('chromium', machine('linux', [], { PATH: '/usr/bin' }))).toBeNull();
    expect(findBrowser('firefox', machine('darwin', [], {}))).toBeNull();
  });
});

describe('flavorOf', () => {
  it.each([
    ['/usr/bin/chromium', 'chromium'],
    ['/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-for-testing'],
    ['/usr/bin/google-chrome', 'chrome'],
    ['/opt/browser/bin', 'chromium'],
  ])('%s is %s', (file, flavor) => {
    expect(flavorOf(file, 'chromium')).toBe(flavor);
  });
});

describe('noBrowserMessage', () => {
  it.each([
    ['chromium', 'linux', 'sudo apt install chromium'],
    ['chromium', 'darwin', 'brew install --cask chromium'],
    ['firefox', 'linux', 'sudo apt install firefox-esr'],
    ['firefox', 'win32', 'winget install Mozilla.Firefox'],
  ] as const)('tells a %s user on %s what to install and how to point at one', (family, platform, install) => {
    const message = noBrowserMessage(family, platform);
    expect(message).toContain(install);
    expect(message).toMatch(/SOURCELIGHT_(BROWSER|FIREFOX)=/);
  });
});
