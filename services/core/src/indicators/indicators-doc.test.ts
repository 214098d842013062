import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS, ROLLUP_METRICS } from './indicator-definitions.js';
import { renderIndicatorsDoc } from './indicators-doc.js';

const committed = readFileSync(new URL('../../../../docs/INDICATORS.md', import.meta.url), 'utf8');

describe('docs/INDICATORS.md', () => {
  it('has its tables generated from the definitions and metric rules (run `pnpm docs:indicators` when this fails)', () => {
    expect(committed).toBe(renderIndicatorsDoc(committed));
  });

  it('lists every indicator with its parts, and every metric of every record kind with its day', () => {
    const doc = renderIndicatorsDoc(committed);
    for (const definition of INDICATORS) {
      expect(doc).toContain(`| ${definition.label} \`${definition.name}\` | ${definition.kind} |`);
    }
    expect(doc).toContain(
      '| 超期件数 `TICKET_OVERDUE_COUNT` | COUNT | lower | `due` − `closed_on_time` | — | `due_at` |',
    );
    expect(doc).toContain(
      '| 结案率 `CASE_CLOSURE_RATE` | RATE | higher | `closed` | `filed` | numerator `closed_at`, denominator `filed_at` |',
    );
    expect(doc).toContain('| 返工率 `CASE_REWORK_RATE` (as 1 − rate) | 0.1 |');
    for (const metrics of Object.values(ROLLUP_METRICS)) {
      for (const metric of metrics) expect(doc).toMatch(new RegExp(`\\| \`${metric}\` \\| \``));
    }
    expect(doc).toContain('| `parked` | `updated_at` while `PARKED` |');
  });
});
