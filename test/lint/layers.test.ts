import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('the layer rules that lint enforces', () => {
  it('keeps Node, Electron and the other layers out of src/shared', async () => {
    expect(await restrictedImports('src/shared/calc/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toBe(1);
    expect(await restrictedImports('src/shared/calc/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('src/shared/calc/x.ts', "import { readPlanFile } from '../../main/storage/planFile';\nexport const r = readPlanFile;\n")).toBe(1);
  });

  it('lets src/shared import zod and its own modules', async () => {
    expect(await restrictedImports('src/shared/calc/x.ts', "import { z } from 'zod';\nimport { ok } from '../result';\nexport const a = [z, ok];\n")).toBe(0);
  });

  it('keeps the renderer away from Node, Electron and main', async () => {
    expect(await restrictedImports('src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toBe(1);
    expect(await restrictedImports('src/renderer/x.ts', "import { readPlanFile } from '../main/storage/planFile';\nexport const r = readPlanFile;\n")).toBe(1);
  });

  it('keeps main from importing the renderer', async () => {
    expect(await restrictedImports('src/main/x.ts', "import { App } from '../renderer/App';\nexport const a = App;\n")).toBe(1);
  });
});
