import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, LIMIT_CATALOG } from './error-catalog.js';
import { ERROR_CODES, httpStatusOf } from './errors.js';
import { renderErrorsDoc } from './errors-doc.js';

const repository = new URL('../../../', import.meta.url);

describe('docs/ERRORS.md', () => {
  it('is generated from the error catalog (run `pnpm docs:errors` when this fails)', () => {
    const committed = readFileSync(new URL('docs/ERRORS.md', repository), 'utf8');
    expect(committed).toBe(renderErrorsDoc());
  });

  it('describes every code of the kernel’s closed set, once, with the status it is sent with', () => {
    const described = ERROR_CATALOG.map((entry) => entry.code);
    expect(new Set(described).size).toBe(described.length);
    for (const code of ERROR_CODES) {
      const entry = ERROR_CATALOG.find((candidate) => candidate.code === code);
      expect(entry, `${code} has no entry in error-catalog.ts`).toBeDefined();
      expect(entry?.status.split(' ')[0]).toBe(String(httpStatusOf(code)));
    }
  });

  it('gives each code an example carrying that code', () => {
    for (const entry of ERROR_CATALOG) {
      expect(entry.example.extensions['code'], entry.code).toBe(entry.code);
      expect(entry.example.extensions).not.toHaveProperty('http');
      expect(entry.example.message.length, entry.code).toBeGreaterThan(0);
    }
    for (const limit of LIMIT_CATALOG) {
      expect(
        ERROR_CATALOG.some((entry) => entry.code === limit.code),
        limit.limit,
      ).toBe(true);
    }
  });

  it('quotes only wording that the quoted file produces, in both languages', () => {
    for (const { code, example, source } of ERROR_CATALOG) {
      if (!('quoted' in source)) continue;
      const text = readFileSync(new URL(source.quoted.file, repository), 'utf8');
      expect(text, `${code}: ${source.quoted.file}`).toContain(source.quoted.text);
      expect(text, `${code}: ${source.quoted.file}`).toContain(source.quoted.chineseText);
      expect(example.english, code).toContain(source.quoted.text);
      expect(example.message, code).toContain(source.quoted.chineseText);
    }
  });

  it('shows every example of our own codes in Chinese, the default, with its English beside', () => {
    const graphqlServerCodes = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];
    for (const { code, example } of ERROR_CATALOG) {
      if (graphqlServerCodes.includes(code)) {
        expect(example.message, code).toBe(example.english);
        continue;
      }
      expect(example.message, code).toMatch(/\p{Script=Han}/u);
      expect(example.english, code).not.toBe(example.message);
      expect(example.english, code).toMatch(/^[\x20-\x7e“”’–…\p{Script=Han}()（）]+$/u);
    }
  });
});
