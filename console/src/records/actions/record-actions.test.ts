import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPERVISION_ORDER_ACTIONS } from '../../supervision/supervision-actions';
import { RECORD_ACTIONS } from './record-actions';

/**
 * docs/WORKFLOWS.md is rendered from the machines the city node enforces (a test fails when
 * it is stale), so its tables name every action `allowedActions` can list, and the console
 * reads them without importing the server.
 */
const WORKFLOWS = readFileSync(new URL('../../../../docs/WORKFLOWS.md', import.meta.url), 'utf8');

/** The names of the actions users take, in the transitions table of the section `heading`. */
function machineActions(heading: string): string[] {
  const start = WORKFLOWS.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = WORKFLOWS.indexOf('\n## ', start + 1);
  const section = WORKFLOWS.slice(start, end === -1 ? undefined : end);
  // The transitions table: | from states | `action` label | to | roles | guard |. An action
  // no role takes (roles —, e.g. a merged ticket following its parent) is the node's own.
  const rows = section.matchAll(/^\| ([A-Z_, ]+) \| `([A-Za-z]+)` [^|]*\|[^|]*\| ([^|]*) \|/gm);
  const names = [...rows].filter((row) => row[3]!.trim() !== '—').map((row) => row[2]!);
  return [...new Set(names)].sort();
}

describe('the console sends every action of a machine it has descriptors for', () => {
  it.each([
    ['Hotline ticket (12345 工单)', 'HotlineTicket'],
    ['City operations case (数字城管 案件)', 'CaseReport'],
    ['Enforcement record (城管执法 案件)', 'EnforcementRecord'],
  ] as const)(
    '%s: one descriptor per action, and none for an action the machine lacks',
    (heading, kind) => {
      const actions = machineActions(heading);
      expect(actions.length).toBeGreaterThan(5);
      expect(Object.keys(RECORD_ACTIONS[kind]).sort()).toEqual(actions);
    },
  );
});

describe('the console sends every step of a supervision order', () => {
  it('one descriptor per step of the supervision machine, and none it lacks', () => {
    const actions = machineActions('Supervision orders (督办)');
    expect(actions).toContain('return');
    expect(Object.keys(SUPERVISION_ORDER_ACTIONS).sort()).toEqual(actions);
  });
});
