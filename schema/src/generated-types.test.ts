import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

const schemaRoot = fileURLToPath(new URL('..', import.meta.url));

describe('generated TypeScript types', () => {
  it('match the SDL (run `pnpm codegen` when this fails)', async () => {
    const [output] = await generate({ ...codegenConfig, cwd: schemaRoot, silent: true }, false);
    expect(output).toBeDefined();
    const options = (await prettier.resolveConfig(schemaRoot + 'src/generated/types.ts')) ?? {};
    const fresh = await prettier.format(output!.content, { ...options, parser: 'typescript' });
    const committed = readFileSync(schemaRoot + 'src/generated/types.ts', 'utf8');
    expect(committed).toBe(fresh);
  }, 30_000);
});
