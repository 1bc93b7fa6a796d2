/**
 * Records every request a browser context makes (pages, extension pages and the extension's service
 * worker, which Playwright reports on the context) and names the ones that leave the machine.
 * Sourcelight must make no network request of its own: everything goes to 127.0.0.1 or stays inside
 * the extension.
 */
import type { BrowserContext, Request } from 'playwright-core';

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

/** True when `url` stays on this machine: http(s) to 127.0.0.1, the given extension's own URLs, data:/blob:/about:. Other extensions, localhost by name and ::1 count as outside (the harness only ever serves 127.0.0.1). */
export function isAllowedUrl(url: string, extensionId: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') {
    return extensionId !== null && parsed.host === extensionId;
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

/** Starts recording on `context`; `extensionId` (null when unknown) is the one extension whose URLs are allowed. */
export function watchNetwork(context: BrowserContext, extensionId: string | null): NetworkWatch {
  const requests: WatchedRequest[] = [];
  const onRequest = (request: Request) => {
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from: origin(request) });
  };
  context.on('request', onRequest);
  const outside = () => requests.filter((r) => !isAllowedUrl(r.url, extensionId));
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
