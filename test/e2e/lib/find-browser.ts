/** Finds Debian's browsers on PATH: tests drive the system's Chromium and Firefox ESR, never a downloaded one. */
import { execFileSync } from 'node:child_process';

/** Absolute path of the first command found on PATH, or null when none is installed. */
export function findExecutable(...names: string[]): string | null {
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not installed under this name: try the next
    }
  }
  return null;
}

/** Debian's Chromium (`CHROMIUM_PATH` overrides); throws with the install command when it is missing. */
export function chromiumPath(): string {
  const found = process.env.CHROMIUM_PATH || findExecutable('chromium', 'chromium-browser');
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

/** Debian's Firefox ESR (`FIREFOX_PATH` overrides); throws with the install command when it is missing. */
export function firefoxPath(): string {
  const found = process.env.FIREFOX_PATH || findExecutable('firefox-esr', 'firefox');
  if (!found) throw new Error('Firefox not found: install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
  return found;
}
