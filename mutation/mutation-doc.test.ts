import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mutationModules } from './mutation-modules.js';
import { readMutationReports, renderMutationDoc } from './mutation-doc.js';

describe('docs/MUTATION.md', () => {
  it('is what `pnpm mutation --doc` writes from the committed results of each module', () => {
    const written = readFileSync(new URL('../docs/MUTATION.md', import.meta.url), 'utf8');
    expect(written).toBe(renderMutationDoc(mutationModules, readMutationReports(mutationModules)));
  });
});
