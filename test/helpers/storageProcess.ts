import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: children run from it so `--import tsx` and the `#…` imports resolve. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The path of a child script in test/helpers. */
export function helperScript(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/** A fresh temporary folder for one test. */
export function storageFolder(): string {
  return mkdtempSync(join(tmpdir(), 'leadsheet-storage-'));
}

/** How a child process ended and what it printed. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running child: wait for a line it prints, or for its end. */
export interface RunningChild {
  readonly process: ChildProcess;
  /** Resolves when the child has printed `line` on stdout; rejects if it ends first. */
  untilLine(line: string): Promise<void>;
  readonly exited: Promise<ChildExit>;
}

/** Starts `node --import tsx <script> ...args` from the repository root. */
export function startTsChild(script: string, args: readonly string[]): RunningChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { line: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const settleWaiters = (): void => {
    const lines = new Set(stdout.split('\n'));
    for (const w of waiters.splice(0)) {
      if (lines.has(w.line)) w.resolve();
      else waiters.push(w);
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    settleWaiters();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<ChildExit>((resolve) => {
    child.on('close', (code, signal) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`child ended (${signal ?? code}) before printing '${w.line}'\n${stderr}`));
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    process: child,
    exited,
    untilLine: (line) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ line, resolve, reject });
        settleWaiters();
      }),
  };
}

/** Why private mount namespaces cannot be used here, or null when `unshare -rm` can mount a tmpfs. */
export function privateMountProblem(): string | null {
  const dir = storageFolder();
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', dir], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  const why = probe.error ? probe.error.message : probe.stderr.trim() || `exit ${probe.status}`;
  return (
    `These tests need a private mount namespace to make a small or read-only disk, and \`unshare -rm sh -c 'mount -t tmpfs ...'\` failed: ${why}. ` +
    'Install util-linux, and allow user namespaces (sysctl kernel.unprivileged_userns_clone=1 and user.max_user_namespaces > 0), ' +
    'or in a container run with a seccomp/AppArmor profile that permits unshare and mount (for example --privileged for the test job).'
  );
}

/**
 * Runs a child script inside a private mount namespace where `dir` is a fresh tmpfs of `size`
 * (e.g. '2m'); the mount vanishes with the namespace, so the host never sees it.
 */
export function runInPrivateTmpfs(dir: string, size: string, script: string, args: readonly string[]): ChildExit {
  const shell = 'mount -t tmpfs -o "size=$1" tmpfs "$2" && shift 2 && exec "$@"';
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', shell, 'sh', size, dir, process.execPath, '--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** The "nobody" user on Linux: has no rights in a root-owned folder. */
const NOBODY = 65534;

/**
 * Runs a child script as a user to whom file permissions apply: as root (the tests run as root
 * here) permission bits stop nothing, so the child drops to "nobody"; otherwise it runs as is.
 */
export function runUnprivileged(script: string, args: readonly string[]): ChildExit {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}
