import { RECORD_TABLES } from '../records/record-kind.js';
import type { ChangeEntity } from '../change-log/append-change.js';

/**
 * Which way each entity flows (docs/ARCHITECTURE.md "Tier sync"): records and what
 * describes them go up to the parent; what a higher tier owns and addresses to a
 * lower one goes down to the children it concerns.
 */
export const UPWARD_ENTITIES: readonly ChangeEntity[] = [
  ...RECORD_TABLES,
  'record_history',
  'supervision_step',
  'directive_step',
  'supervision_order',
  'daily_rollup',
];

export const DOWNWARD_ENTITIES: readonly ChangeEntity[] = [
  'supervision_order',
  'supervision_step',
  'directive',
];
