import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the console, from the same SDL the servers use: a schema change that
 * breaks a query the console sends breaks `pnpm typecheck`. `documentMode: 'string'` makes
 * each document its query text, so the bundle needs no GraphQL parser or printer.
 */
export const consoleCodegenConfig: CodegenConfig = {
  schema: '../schema/sdl/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', IdempotencyKey: 'string', File: 'File' },
        avoidOptionals: { field: true, inputValue: false },
        maybeValue: 'T | null',
      },
    },
  },
};

export default consoleCodegenConfig;
