import { spawnSync } from 'node:child_process';

/**
 * Builds main, preload and renderer once before any test file runs: the harness and browser
 * tests serve out/renderer, and two files building it at once would race on the same folder.
 */
export function setup(): void {
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`electron-vite build failed (${build.error?.message ?? `exit ${build.status}`}):\n${build.stderr || build.stdout}`);
}
