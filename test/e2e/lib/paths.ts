/** Where the project's build output and fixtures live, resolved from this file so tests work from any cwd. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/fixtures');
export const CHROME_BUILD_DIR = path.join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(PROJECT_ROOT, '.output/firefox-mv2');
/** Screenshots and other test output: ignored by git. */
export const E2E_OUTPUT_DIR = path.join(PROJECT_ROOT, 'test/e2e/output');
