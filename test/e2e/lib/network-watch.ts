/**
 * Records every request a browser context makes (pages, extension pages and the extension's service
 * worker, which Playwright reports on the context) and names the ones that leave the machine.
 * Sourcelight must make no network request of its own: everything goes to 127.0.0.1 or stays inside
 * the extension.
 */
import type { BrowserContext, Request } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface WatchedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'page' | 'service-worker' | 'extension-page', for the failure message. */
  from: string;
}

export interface NetworkWatch {
  requests: WatchedRequest[];
  /** Requests to anywhere but 127.0.0.1 or the extension itself. */
  outside(): WatchedRequest[];
  /** Throws, listing them, when any request went outside. */
  assertNoOutsideRequests(): void;
  stop(): void;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
// Web-accessible resources marked `use_dynamic_url` are served under a per-session GUID, not the extension id.
const DYNAMIC_HOST = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * True when `url` stays on this machine: http(s) to 127.0.0.1, the given extension's own URLs, data:/blob:/about:.
 * A dynamic-URL resource (GUID host) counts as the extension's own only when the build holds that file:
 * `extension` is the build's folder, or the set of its files (relative, `/`-separated) listed beforehand.
 * Other extensions, localhost by name and ::1 count as outside (the harness only ever serves 127.0.0.1).
 */
export function isAllowedUrl(url: string, extensionId: string | null, extension?: string | ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') {
    if (extensionId !== null && parsed.host === extensionId) return true;
    if (!extension || !DYNAMIC_HOST.test(parsed.host)) return false;
    const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
    if (typeof extension !== 'string') return extension.has(relative);
    const file = path.resolve(extension, relative);
    return file.startsWith(path.resolve(extension) + path.sep) && existsSync(file);
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1';
}

function origin(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    const frameUrl = request.frame().url();
    return frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page';
  } catch {
    return 'page';
  }
}

/** Every file under `dir`, relative and `/`-separated; empty when `dir` is missing. */
function listFiles(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    );
  } catch {
    return new Set();
  }
}

/**
 * Starts recording on `context`; `extensionId` (null when unknown) is the one extension whose URLs are allowed,
 * `extensionDir` its unpacked build, listed now (so a rebuild during the test does not change the verdict).
 */
export function watchNetwork(context: BrowserContext, extensionId: string | null, extensionDir?: string): NetworkWatch {
  const extensionFiles = extensionDir ? listFiles(extensionDir) : undefined;
  const requests: WatchedRequest[] = [];
  const onRequest = (request: Request) => {
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from: origin(request) });
  };
  context.on('request', onRequest);
  const outside = () => requests.filter((r) => !isAllowedUrl(r.url, extensionId, extensionFiles));
  return {
    requests,
    outside,
    assertNoOutsideRequests() {
      const bad = outside();
      if (bad.length > 0) {
        throw new Error(
          `${bad.length} request(s) left the machine:\n` +
            bad.map((r) => `  ${r.method} ${r.url} (${r.resourceType}, from ${r.from})`).join('\n'),
        );
      }
    },
    stop: () => context.off('request', onRequest),
  };
}
