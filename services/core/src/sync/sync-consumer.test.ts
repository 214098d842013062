import { describe, expect, it } from 'vitest';
import type { ChangeBatch, FeedChange } from './change-feed.js';
import { discontinuityOf } from './sync-consumer.js';

const change = (position: number): FeedChange => ({
  position: String(position),
  entity: 'hotline_ticket',
  entityId: `320100-${position}`,
  version: 1,
  operation: 'UPSERT',
  schemaVersion: 1,
  division: '320102',
  at: new Date('2026-11-21T08:00:00Z'),
  payload: '{}',
});

const batch = (positions: number[], extra: Partial<ChangeBatch> = {}): ChangeBatch => ({
  epoch: 'e1',
  division: '320100',
  head: String(Math.max(0, ...positions)),
  headAt: null,
  changes: positions.map(change),
  reached: String(Math.max(0, ...positions)),
  filtered: false,
  completeTo: new Date('2026-11-21T08:00:00Z'),
  ...extra,
});

describe('discontinuityOf', () => {
  it('accepts a batch that continues the cursor', () => {
    expect(discontinuityOf({ applied: '3', epoch: 'e1' }, batch([4, 5, 6]))).toBeUndefined();
    expect(discontinuityOf({ applied: '0', epoch: null }, batch([1, 2]))).toBeUndefined();
    expect(
      discontinuityOf({ applied: '6', epoch: 'e1' }, batch([], { head: '6', reached: '6' })),
    ).toBeUndefined();
  });

  it('reports a rebuilt source, a rewound one and a hole in a complete feed', () => {
    expect(discontinuityOf({ applied: '3', epoch: 'e0' }, batch([4]))).toMatch(
      /rebuilt: its epoch changed from e0 to e1/,
    );
    expect(
      discontinuityOf({ applied: '9', epoch: 'e1' }, batch([], { head: '4', reached: '9' })),
    ).toMatch(/rewound: its head 4 is behind the applied position 9/);
    expect(discontinuityOf({ applied: '3', epoch: 'e1' }, batch([4, 6]))).toMatch(
      /skipped from position 4 to 6/,
    );
    expect(discontinuityOf({ applied: '3', epoch: 'e1' }, batch([3, 4]))).toMatch(/skipped/);
  });

  it('lets a filtered feed skip positions the reader does not receive, but never go back', () => {
    expect(
      discontinuityOf(
        { applied: '3', epoch: 'e1' },
        batch([5, 9], { filtered: true, reached: '12', head: '12' }),
      ),
    ).toBeUndefined();
    expect(
      discontinuityOf({ applied: '3', epoch: 'e1' }, batch([5, 5], { filtered: true })),
    ).toMatch(/skipped/);
  });
});
