import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layering/boundaries').map((m) => m.message);
}

describe('layering lint rules', () => {
  it('forbids electron in core', async () => {
    expect(await violations('electron/core/features/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });
  it('forbids core importing a host', async () => {
    expect(await violations('electron/core/x.ts', "import { startBrowserServer } from '../server/server';\nexport const s = startBrowserServer;\n")).toHaveLength(1);
  });
  it('forbids the renderer importing electron/ or node builtins', async () => {
    expect(await violations('renderer/src/x.ts', "import { createCore } from '../../electron/core/app';\nexport const c = createCore;\n")).toHaveLength(1);
    expect(await violations('renderer/src/y.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toHaveLength(1);
  });
  it('forbids environment-specific imports in shared/', async () => {
    expect(await violations('shared/x.ts', "import path from 'node:path';\nexport const p = path;\n")).toHaveLength(1);
  });
  it('allows core to use node builtins and shared/', async () => {
    expect(await violations('electron/core/y.ts', "import fs from 'node:fs';\nimport { ok } from '../../shared/errors';\nexport const x = [fs, ok];\n")).toEqual([]);
  });
});
