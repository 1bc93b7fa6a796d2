/**
 * Reaching the browser's side panel from a test. Chrome hosts it outside any tab, and Playwright's own
 * connection (a pipe, attached to tabs) does not see it; a second connection over the DevTools port
 * (`--remote-debugging-port`, bound to 127.0.0.1) made once the panel is open lists it as a page (a
 * connection made before does not attach to it). Start the session with `devtoolsArgs(port)` from
 * `freePort()`; once the panel was opened, `sidePanelPage(port, extensionId)` connects and returns it.
 */
import net from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The Chromium flag that opens the DevTools port. */
export const devtoolsArgs = (port: number) => [`--remote-debugging-port=${port}`];

/**
 * The extension's side panel page, once the browser has opened it, through a second connection (close it
 * with `devtools.close()`, which leaves the browser running). Throws when no panel opens within `timeoutMs`.
 */
export async function sidePanelPage(port: number, extensionId: string, timeoutMs = 15_000): Promise<{ devtools: Browser; panel: Page }> {
  const wanted = `chrome-extension://${extensionId}/sidepanel.html`;
  const deadline = Date.now() + timeoutMs;
  // The DevTools port's own list of targets, asked from this process (not from the browser under test).
  for (;;) {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ url: string }>;
    if (targets.some((t) => t.url.startsWith(wanted))) break;
    if (Date.now() > deadline) throw new Error(`No side panel (${wanted}) within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const panel = devtools.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(wanted));
  if (!panel) {
    await devtools.close();
    throw new Error(`The side panel (${wanted}) is listed but could not be attached`);
  }
  return { devtools, panel };
}
