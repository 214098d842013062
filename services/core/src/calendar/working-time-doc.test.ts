import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWorkingTimeDoc } from './working-time-doc.js';

const committed = readFileSync(
  new URL('../../../../docs/WORKING-TIME.md', import.meta.url),
  'utf8',
);

describe('docs/WORKING-TIME.md', () => {
  it('has its deadline tables generated from DEFAULT_DEADLINE_RULES (run `pnpm docs:working-time` when this fails)', () => {
    expect(committed).toBe(renderWorkingTimeDoc(committed));
  });

  it('shows each intake class with its Chinese name and each case rule with its note', () => {
    const doc = renderWorkingTimeDoc(committed);
    expect(doc).toContain(
      '| 咨询 `CONSULTATION` | 1 working day | 1 working day | same day (0 working days) |',
    );
    expect(doc).toContain(
      '| default (求助 `HELP_REQUEST`, 投诉 `COMPLAINT`, 举报 `REPORT`, 表扬/感谢 `PRAISE`, 其他 `OTHER`) | 5 working days |',
    );
    expect(doc).toContain(
      '| `COMPONENT:0101` | 2 working hours | 井盖 manhole cover (公用设施): a missing cover is a hazard |',
    );
    expect(doc).toContain('| any other | 3 working days |');
  });
});
