/** `npm run demo`: Chromium (or Chrome) with a window, Sourcelight loaded, on the seed article; runs until the window closes. */
import { launchChromiumWithExtension, type StaticServer } from '../../test/e2e/lib';
import { BRANDED_CHROME_NOTE, type FoundBrowser } from './find-browser';
import { SEED_PAGE } from './demo-pages';
import { onStop } from './stop-on-signal';
import { waitForMarks } from './wait-for-marks';

/** Opens the browser on the index and the seed article and resolves when the user closes it. */
export async function runChromiumDemo(found: FoundBrowser, server: StaticServer): Promise<void> {
  if (found.flavor === 'chrome') console.log(`Note: ${BRANDED_CHROME_NOTE}`);
  let browser;
  try {
    browser = await launchChromiumWithExtension({
      executablePath: found.path,
      headless: false,
      viewport: null,
      handleSignals: false, // stop-on-signal closes it, then deletes its profile and stops the server
      // No "controlled by automated test software" bar over the demo.
      ignoreDefaultArgs: ['--enable-automation'],
      args: ['--window-size=1280,900'],
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(found.flavor === 'chrome' ? `${why}\n${BRANDED_CHROME_NOTE}` : why);
  }
  onStop(() => browser.close());
  const closed = new Promise<void>((resolve) => browser.context.once('close', () => resolve()));

  const [first] = browser.context.pages();
  const index = first ?? (await browser.context.newPage());
  await index.goto(server.url('/'));
  const seed = await browser.context.newPage();
  await seed.goto(server.url(SEED_PAGE));
  await seed.bringToFront();

  console.log(`Sourcelight is running in ${found.path}.`);
  console.log(`  Seed article:   ${server.url(SEED_PAGE)}`);
  console.log(`  All demo pages: ${server.url('/')}`);
  const marks = await waitForMarks(seed).catch(() => 0); // the window may close while we wait
  console.log(
    marks > 0
      ? `  ${marks} marks on the seed article: hover one for its card, or open Sourcelight's toolbar button for the list.`
      : '  No annotations appeared on the seed article (is the content script in this build?).',
  );
  console.log('Close the browser window or press Ctrl-C to stop.');
  await closed;
  await browser.close();
}
