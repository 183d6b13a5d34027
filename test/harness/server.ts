import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CHANNEL_NAMES } from '#shared/ipc/names';
import { functionName } from '#shared/ipc/api';
import { allHandlers } from '#main/ipc/handlers';
import { createRouter } from '#main/ipc/router';

/** Options of the harness: where to listen, and the built renderer to serve. */
export interface HarnessOptions {
  readonly port?: number;
  readonly host?: string;
  /** The built renderer (out/renderer); without it the harness serves only the router. */
  readonly staticDir?: string;
  readonly today?: () => string;
}

/** A running harness: its origin, and how to stop it. */
export interface Harness {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        request.destroy();
        done(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * The browser implementation of the preload API: the same named functions, each a POST to the
 * router. Served as a script of the page's own origin, so the renderer's CSP allows it.
 */
function harnessApiScript(): string {
  const entries = CHANNEL_NAMES.map((channel) => `${JSON.stringify(functionName(channel))}: (request) => call(${JSON.stringify(channel)}, request)`);
  return [
    'const call = (channel, request) => fetch(`/ipc/${channel}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request ?? {}) }).then((r) => r.json());',
    // A browser has no native menu: menu-command subscriptions never fire.
    `Object.defineProperty(window, "leadsheet", { value: Object.freeze({ ${entries.join(', ')}, "onMenuCommand": () => () => undefined }) });`,
  ].join('\n');
}

/**
 * A Node host of the same IPC router the Electron main process registers, over HTTP on loopback:
 * `POST /ipc/<channel>` with the request as JSON answers the router's result. The sender check sees
 * the request's Origin, as main sees a frame's URL. A test tool, not a product surface.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const router = createRouter(allHandlers({ today: options.today ?? (() => new Date().toISOString().slice(0, 10)), version: '0.1.0-harness', platform: process.platform }), {
    isTrustedSender: (url) => url === origin || url.startsWith(`${origin}/`),
    checkResponses: true,
  });
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin);
      if (url.pathname.startsWith('/ipc/')) {
        if (request.method !== 'POST') return json(response, 405, { ok: false, error: { code: 'invalid-request', message: 'use POST' } });
        const body = await readBody(request);
        if (body === null) return json(response, 413, { ok: false, error: { code: 'invalid-request', message: 'the request is larger than 64 MB' } });
        let payload: unknown;
        try {
          payload = body === '' ? undefined : JSON.parse(body);
        } catch {
          return json(response, 400, { ok: false, error: { code: 'invalid-request', message: 'the request is not JSON' } });
        }
        const sender = String(request.headers.origin ?? request.headers.referer ?? '');
        return json(response, 200, await router.handle(decodeURIComponent(url.pathname.slice(5)), payload, { url: sender }));
      }
      if (url.pathname === '/harness-api.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(harnessApiScript());
      }
      if (!options.staticDir) return json(response, 404, { error: 'no renderer is built: run npm run build' });
      const root = resolve(options.staticDir);
      const path = normalize(join(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
      if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return json(response, 404, { error: 'not found' });
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      // The page loads the API script before its own: in Electron the preload has run by then.
      if (path.endsWith('index.html')) return response.end(readFileSync(path, 'utf8').replace('<head>', '<head><script src="/harness-api.js"></script>'));
      createReadStream(path).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, host, done));
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return { url: origin, close: () => new Promise((done) => server.close(() => done())) };
}
