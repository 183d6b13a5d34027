import { createInflateRaw } from 'node:zlib';

/** What inflating one entry found: its true size, that it passed the cap, or why it does not inflate. */
export type Inflated = { readonly kind: 'size'; readonly bytes: number } | { readonly kind: 'over' } | { readonly kind: 'error'; readonly message: string };

/** Large output chunks: fewer 'data' events per entry, and each is dropped as soon as it is counted. */
const CHUNK = 256 * 1024;

/**
 * Inflates raw deflate data, counting the output without keeping it, and stops as soon as it
 * passes `cap` bytes: a stream that lies about its size costs at most `cap` bytes of work, and
 * memory stays at one chunk whatever the entry's size. zlib runs on the thread pool, so the
 * event loop (Electron's main process) stays free meanwhile.
 */
export function inflatedLength(data: Buffer, cap: number): Promise<Inflated> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let bytes = 0;
    let settled = false;
    const settle = (outcome: Inflated): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= cap) return;
      settle({ kind: 'over' });
      inflate.destroy();
    });
    inflate.on('error', (error: Error) => settle({ kind: 'error', message: error.message }));
    inflate.on('end', () => settle({ kind: 'size', bytes }));
    inflate.end(data);
  });
}
