import { execFileSync } from 'node:child_process';

/**
 * Builds main, preload and renderer once before any test file runs: the harness and browser
 * tests serve out/renderer, and two files building it at once would race on the same folder.
 */
export function setup(): void {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe', timeout: 180_000 });
}
