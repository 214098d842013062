import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { consoleCodegenConfig } from '../codegen';

const consoleRoot = fileURLToPath(new URL('..', import.meta.url));

describe("the console's generated GraphQL types", () => {
  it('match the SDL and the documents (run `pnpm codegen` when this fails)', async () => {
    const outputs = await generate(
      { ...consoleCodegenConfig, cwd: consoleRoot, silent: true },
      false,
    );
    expect(outputs.map((output: { filename: string }) => output.filename).sort()).toEqual([
      'src/generated/gql.ts',
      'src/generated/graphql.ts',
      'src/generated/index.ts',
    ]);
    for (const output of outputs) {
      const path = resolve(consoleRoot, output.filename);
      const options = (await prettier.resolveConfig(path)) ?? {};
      const fresh = await prettier.format(output.content, { ...options, parser: 'typescript' });
      expect(readFileSync(path, 'utf8'), output.filename).toBe(fresh);
    }
  }, 30_000);
});
