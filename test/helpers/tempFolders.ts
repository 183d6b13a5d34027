import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { storageFolder } from './storageProcess';

/** A maker of fresh temporary folders, each removed when the test file ends. Call it at the top of a test file. */
export function tempFolders(): () => string {
  const folders: string[] = [];
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = storageFolder();
    folders.push(dir);
    return dir;
  };
}
