import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from './permissions-doc.js';

describe('docs/PERMISSIONS.md', () => {
  it('is generated from the policy table (run `pnpm docs:permissions` when this fails)', () => {
    const committed = readFileSync(
      new URL('../../../../docs/PERMISSIONS.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderPermissionsDoc());
  });

  it('lists every role that holds an operation, and the scope it holds it in', () => {
    const doc = renderPermissionsDoc();
    expect(doc).toContain('| handling-unit | own unit |');
    expect(doc).toMatch(/\| auditor \|[^\n]*own city, own province, national/);
    expect(doc).not.toMatch(/\| node-sync \|/);
  });
});
