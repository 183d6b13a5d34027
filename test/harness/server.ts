import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CHANNEL_NAMES, EVENT_NAMES } from '#shared/ipc/names';
import { functionName, subscriptionName } from '#shared/ipc/api';
import { EVENTS } from '#shared/ipc/events';
import { createWorkspace, type Workspace } from '#main/document/workspace';
import { allHandlers } from '#main/ipc/handlers';
import { createJobRunner } from '#main/jobs/jobRunner';
import { createRouter, type Emit } from '#main/ipc/router';
import { queuedDialogs, type AskedDialog } from './dialogs';

/** Options of the harness: where to listen, and the built renderer to serve. */
export interface HarnessOptions {
  readonly port?: number;
  readonly host?: string;
  /** The built renderer (out/renderer); without it the harness serves only the router. */
  readonly staticDir?: string;
  readonly today?: () => string;
  /** Where the file dialogs read and write: HARNESS_DIR, else a new temporary folder. */
  readonly dir?: string;
  /** The app's user-data folder (autosaves, recent files): a new temporary folder by default. */
  readonly userData?: string;
  readonly autosaveDelayMs?: number;
  /** Holds every IPC answer this long, as a busy main process would: tests of what the page does meanwhile. */
  readonly answerDelayMs?: number;
}

/** A running harness: its origin, its folders, the dialogs' answers, and how to stop it. */
export interface Harness {
  readonly url: string;
  readonly dir: string;
  readonly userData: string;
  readonly workspace: Workspace;
  /** Queues the names the next file dialogs answer with (relative to `dir`); null answers as a cancel. */
  queueDialogs(answers: readonly (string | null)[]): void;
  asked(): readonly AskedDialog[];
  close(): Promise<void>;
}

/** The one page a harness serves: documents it opens belong to it, as to an Electron window. */
const PAGE_KEY = 'harness-page';

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
  const subscriptions = EVENT_NAMES.map((event) => `${JSON.stringify(subscriptionName(event))}: (listener) => subscribe(${JSON.stringify(event)}, listener)`);
  return [
    'const call = (channel, request) => fetch(`/ipc/${channel}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request ?? {}) }).then((r) => r.json());',
    // Events main sends (menu commands a test triggers, job progress) arrive over one event stream.
    'const listeners = new Map(); const stream = new EventSource("/harness/events");',
    'stream.onmessage = (message) => { const { event, payload } = JSON.parse(message.data); for (const listener of listeners.get(event) ?? []) listener(payload); };',
    'const subscribe = (event, listener) => { const set = listeners.get(event) ?? new Set(); listeners.set(event, set); set.add(listener); return () => set.delete(listener); };',
    // A dropped file has no path in a browser: the harness looks it up by name in its folder.
    'const pathForFile = (file) => `${HARNESS_DIR}/${file.name}`;',
    `Object.defineProperty(window, "leadsheet", { value: Object.freeze({ ${[...entries, ...subscriptions].join(', ')}, pathForFile }) });`,
  ].join('\n');
}

/**
 * A Node host of the same IPC router the Electron main process registers, over HTTP on loopback:
 * `POST /ipc/<channel>` with the request as JSON answers the router's result. The sender check sees
 * the request's Origin, as main sees a frame's URL. A test tool, not a product surface.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const host = options.host ?? '127.0.0.1';
  const dir = resolve(options.dir ?? process.env.HARNESS_DIR ?? mkdtempSync(join(tmpdir(), 'leadsheet-harness-')));
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'leadsheet-userdata-'));
  const dialogs = queuedDialogs(dir);
  const streams = new Set<ServerResponse>();
  const emit: Emit = (event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload: EVENTS[event].parse(payload) })}\n\n`;
    for (const stream of streams) stream.write(data);
  };
  const workspace = createWorkspace({
    userData,
    dialogs,
    platform: process.platform,
    now: () => new Date(),
    ...(options.autosaveDelayMs === undefined ? {} : { autosaveDelayMs: options.autosaveDelayMs }),
    // Every document belongs to the one page, which hears about its recovery copy as a window would.
    onAutosave: (_owner, report) => emit('document:autosave', report),
  });
  await workspace.start();
  let origin = '';
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const jobs = createJobRunner();
  const router = createRouter(allHandlers({ today, version: '0.1.0-harness', platform: process.platform, workspace, dialogs, jobs }), {
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
        const answer = await router.handle(decodeURIComponent(url.pathname.slice(5)), payload, { url: sender, key: PAGE_KEY, emit });
        if (options.answerDelayMs) await new Promise((done) => setTimeout(done, options.answerDelayMs));
        return json(response, 200, answer);
      }
      if (url.pathname === '/harness/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        response.write(': connected\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      }
      if (url.pathname === '/harness/menu' && request.method === 'POST') {
        // What a click in the native menu does in the app: main sends the page a menu command.
        const parsed = EVENTS['menu:command'].safeParse(JSON.parse((await readBody(request)) ?? 'null'));
        if (!parsed.success) return json(response, 400, { error: parsed.error.message });
        emit('menu:command', parsed.data);
        return json(response, 200, { ok: true });
      }
      if (url.pathname === '/harness-api.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(`const HARNESS_DIR = ${JSON.stringify(dir)};\n${harnessApiScript()}`);
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
  return {
    url: origin,
    dir,
    userData,
    workspace,
    queueDialogs: (answers) => dialogs.queue(answers),
    asked: () => dialogs.asked(),
    close: async () => {
      for (const stream of streams) stream.end();
      await workspace.flush();
      await jobs.dispose();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Idle keep-alive connections (a fetch of the event stream leaves one) would hold the close for seconds.
      server.closeAllConnections();
      await closed;
    },
  };
}
