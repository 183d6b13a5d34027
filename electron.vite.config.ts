import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Subpath imports (#shared/*, #main/*) come from package.json; the preload is CommonJS because a
// sandboxed preload cannot load ES modules.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('src/main/index.ts'), worker: resolve('src/main/jobs/worker.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    // Minified: the window parses less before the first grid shows (electron-vite leaves it off by default).
    build: { minify: true, rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
});
