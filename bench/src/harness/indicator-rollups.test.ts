import { describe, expect, it } from 'vitest';
import { cellMismatches, cellsFromContributions, ticketRollupSql } from './indicator-rollups.js';

const ZONE = 'Asia/Shanghai';

describe('the rollup check', () => {
  // Created 2026-03-02 09:00 local, due 03-04 09:00, closed 03-03 10:00:00.400 (on time).
  const closed = {
    id: '320100-a',
    division: '320106',
    category_code: '010101',
    parent_ticket_id: null,
    handling_mode: 'DISPATCH',
    created_at: new Date('2026-03-02T01:00:00.000Z'),
    due_at: new Date('2026-03-04T01:00:00.000Z'),
    closed_at: new Date('2026-03-03T02:00:00.400Z'),
    resolution: 'RESOLVED',
    satisfaction: 'NOT_RATED',
  };
  // Answered on the call, the same day, in 无锡.
  const direct = {
    ...closed,
    id: '320200-b',
    division: '320211',
    handling_mode: 'DIRECT',
    closed_at: new Date('2026-03-02T01:05:00.000Z'),
    resolution: null,
    satisfaction: null,
  };

  it('sums rollupContributions per city and category of the day asked for, nothing of other days', () => {
    const created = cellsFromContributions([closed, direct], '2026-03-02', ZONE);
    expect(created).toEqual(
      new Map([
        ['320100|010101', { created: 1 }],
        ['320200|010101', { created: 1, direct: 1, closed: 1, handling_seconds: 300 }],
      ]),
    );
    const closing = cellsFromContributions([closed, direct], '2026-03-03', ZONE);
    // 25 h 0.4 s rounds to 90 000 s; called back and resolved, rated no (未评价).
    expect(closing.get('320100|010101')).toEqual({
      closed: 1,
      handling_seconds: 90_000,
      called_back: 1,
      resolved: 1,
    });
    expect(cellsFromContributions([closed], '2026-03-04', ZONE).get('320100|010101')).toEqual({
      due: 1,
      closed_on_time: 1,
    });
  });

  it('names every difference, a missing metric counting as 0', () => {
    const expected = new Map([['320100|01', { created: 2, due: 1 }]]);
    expect(cellMismatches('d', expected, new Map([['320100|01', { due: 1, created: 2 }]]))).toEqual(
      [],
    );
    expect(
      cellMismatches(
        'd',
        expected,
        new Map<string, Record<string, number>>([
          ['320100|01', { created: 3 }],
          ['320200|01', { closed: 1 }],
        ]),
      ),
    ).toEqual([
      'd 320100|01 created: rollupContributions 2, SQL 3',
      'd 320100|01 due: rollupContributions 1, SQL 0',
      'd 320200|01 closed: rollupContributions 0, SQL 1',
    ]);
  });

  it('writes every ticket metric of the rules into the SQL rollup', () => {
    const sql = ticketRollupSql();
    for (const metric of [
      'created',
      'merged',
      'direct',
      'due',
      'closed_on_time',
      'closed',
      'handling_seconds',
      'called_back',
      'resolved',
      'rated',
      'satisfied',
    ]) {
      expect(sql).toContain(`'${metric}', nullif(sum(${metric}), 0)`);
    }
  });
});
