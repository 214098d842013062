import { owningCityOf } from '@city-ops/schema';
import {
  contributionDelta,
  currentReplicas,
  rollupContributions,
  withRollupFacts,
} from '@city-ops/core';
import type { BatchApplier, NodeRuntime, ReplicaRow } from '@city-ops/core';
import { publishFlagged } from '../flagged/flagged-records.js';
import { addToRollups } from './rollup-store.js';
import type { RollupCell } from './rollup-store.js';

/**
 * How a province applies its cities' records: each changed replica moves the rollups
 * by the difference between its old and new contributions (summed per cell over the
 * batch, written once at its end), and is passed up to the ministry when flagged.
 */
export function rollupApplier(runtime: NodeRuntime, now: Date): BatchApplier {
  const rollups = new Map<string, RollupCell>();
  const add = (
    city: string,
    recordKind: string,
    cell: Omit<RollupCell, 'division' | 'recordKind'>,
  ) => {
    const key = `${city}|${recordKind}|${cell.day}|${cell.category}`;
    const pending = rollups.get(key);
    if (!pending) {
      rollups.set(key, { division: city, recordKind, ...cell, counts: { ...cell.counts } });
      return;
    }
    for (const [metric, value] of Object.entries(cell.counts)) {
      pending.counts[metric] = (pending.counts[metric] ?? 0) + value;
    }
  };
  return {
    async records(trx, entity, items, store) {
      const before = await currentReplicas(
        trx,
        entity,
        items.map((item) => item.id),
      );
      const changed = await store();
      if (changed.size === 0) return;
      const applied = items.filter((item) => changed.has(item.id));
      // Both versions with the facts their rows lack (a case's rework count), looked up once.
      const olds = applied.map((item) => before.get(item.id)).filter((row) => row !== undefined);
      const rows: ReplicaRow[] = [...applied.map((item) => item.payload), ...olds];
      const withFacts = await withRollupFacts(trx, entity, rows);
      const factsOf = new Map<ReplicaRow, ReplicaRow>();
      rows.forEach((row, index) => factsOf.set(row, withFacts[index] ?? row));
      for (const item of applied) {
        const division = String(item.payload['division']);
        const old = before.get(item.id);
        const cells = contributionDelta(
          rollupContributions(entity, old ? factsOf.get(old) : undefined, runtime.timeZone),
          rollupContributions(entity, factsOf.get(item.payload), runtime.timeZone),
        );
        for (const cell of cells.values()) add(owningCityOf(division) ?? division, entity, cell);
      }
      await publishFlagged(
        trx,
        entity,
        applied.map((item) => item.payload),
        now,
      );
    },
    finish: (trx) => addToRollups(trx, [...rollups.values()]),
  };
}
