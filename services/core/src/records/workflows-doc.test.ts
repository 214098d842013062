import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supervisionMachine } from '../supervision/supervision-machine.js';
import { caseMachine } from './case/case-machine.js';
import { renderWorkflowsDoc } from './workflows-doc.js';

describe('docs/WORKFLOWS.md', () => {
  it('is generated from the state machines (run `pnpm docs:workflows` when this fails)', () => {
    const committed = readFileSync(
      new URL('../../../../docs/WORKFLOWS.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderWorkflowsDoc());
  });

  it('has a diagram and a table for every machine: the city records, supervision and directives', () => {
    const doc = renderWorkflowsDoc();
    for (const title of ['12345', '数字城管', '执法', '督办', '部级指令']) {
      expect(doc).toMatch(new RegExp(`## [^\\n]*${title}`));
    }
    expect(doc.match(/```mermaid/g)).toHaveLength(5);
    for (const transition of [...caseMachine.transitions, ...supervisionMachine.transitions]) {
      expect(doc).toContain(`| \`${transition.action}\` ${transition.label} |`);
    }
  });
});
