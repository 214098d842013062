import type { CodegenConfig } from '@graphql-codegen/cli';

/** TS types generated from the shared SDL; `pnpm codegen` rewrites them, a test checks they are current. */
export const codegenConfig: CodegenConfig = {
  schema: 'sdl/*.graphql',
  generates: {
    'src/generated/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', IdempotencyKey: 'string', File: 'File' },
        avoidOptionals: { field: true, inputValue: false },
        maybeValue: 'T | null',
      },
    },
  },
};

export default codegenConfig;
