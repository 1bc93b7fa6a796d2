/**
 * A tiny static file server on 127.0.0.1 for real-browser tests and the demo: serves the project's
 * fixture pages (and any extra roots) on a random free port, and records every request it receives so a
 * test can wait for a page to report back (the Firefox smoke test's `/report?...`).
 */
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './paths';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface ServedRequest {
  method: string;
  /** Path and query as the browser sent them, e.g. `/report?marks=12`. */
  url: string;
  pathname: string;
  query: URLSearchParams;
}

/** A handler for one exact pathname; return after writing the response. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface StaticServerOptions {
  /** Directories served in order (first match wins). Default: test/fixtures only. */
  roots?: string[];
  /** Extra roots searched after `roots` (keeps the fixtures and adds test-only pages). */
  extraRoots?: string[];
  /** Exact-pathname handlers checked before the file roots, e.g. `{ '/': indexPage }`. */
  routes?: Record<string, RouteHandler>;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  port: number;
  /** Absolute URL of a path on this server: `url('seed-article.html')`. */
  url(pathname: string): string;
  /** Every request received so far, in order. */
  requests: ServedRequest[];
  /** Resolves with the first request (past or future) whose pathname matches; rejects after `timeoutMs`. */
  waitForRequest(pathname: string, timeoutMs?: number): Promise<ServedRequest>;
  close(): Promise<void>;
}

/** Starts the server; paths that escape a root (`..`), missing files and directories get a 404, never a listing. */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const roots = [...(options.roots ?? [FIXTURES_DIR]), ...(options.extraRoots ?? [])].map((r) => path.resolve(r));
  const routes = options.routes ?? {};
  const requests: ServedRequest[] = [];
  const waiters: Array<{ pathname: string; resolve: (r: ServedRequest) => void }> = [];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: ServedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      pathname: parsed.pathname,
      query: parsed.searchParams,
    };
    requests.push(record);
    for (const waiter of waiters.filter((w) => w.pathname === record.pathname)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(record);
    }
    const route = routes[parsed.pathname];
    if (route) return route(req, res);
    if (parsed.pathname === '/report' || parsed.pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return;
    }
    const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
    for (const root of roots) {
      const file = path.resolve(root, relative);
      if (file !== root && !file.startsWith(root + path.sep)) continue;
      const stat = await fs.stat(file).catch(() => null);
      if (!stat?.isFile()) continue;
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${parsed.pathname}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (pathname) => new URL(pathname.replace(/^\/*/, '/'), origin).href,
    requests,
    waitForRequest(pathname, timeoutMs = 30_000) {
      const seen = requests.find((r) => r.pathname === pathname);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          pathname,
          resolve: (r: ServedRequest) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`No request for ${pathname} on ${origin} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
