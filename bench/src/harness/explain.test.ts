import { describe, expect, it } from 'vitest';
import { describePlan, summarizePlan } from './explain.js';

// The drill-down's first batch at 1 M tickets, as EXPLAIN (ANALYZE, BUFFERS) printed it (abridged).
const DRILL_DOWN_PLAN = [
  'Limit  (cost=15915.96..15915.96 rows=1 width=149) (actual time=791.259..791.296 rows=200 loops=1)',
  '  Buffers: shared hit=11 read=74258 written=1202',
  '  InitPlan 1 (returns $0)',
  '    ->  Result  (cost=0.00..0.01 rows=1 width=32) (actual time=0.004..0.005 rows=1 loops=1)',
  '  ->  Sort  (cost=15915.89..15915.90 rows=1 width=149) (actual time=791.256..791.275 rows=200 loops=1)',
  '        Sort Key: hotline_ticket.id COLLATE "C"',
  '        ->  Bitmap Heap Scan on hotline_ticket  (cost=262.43..15915.88 rows=1 width=149) (actual time=164.019..778.385 rows=50636 loops=1)',
  '              ->  Bitmap Index Scan on hotline_ticket_division_created  (cost=0.00..262.43 rows=5000 width=0) (actual time=150.436..150.437 rows=560389 loops=1)',
  'Planning Time: 0.841 ms',
  'Execution Time: 791.703 ms',
];

const ROLLUP_PLAN = [
  'HashAggregate  (cost=17.44..19.69 rows=100 width=160) (actual time=289.472..290.713 rows=3960 loops=1)',
  '  Buffers: shared hit=1130, temp read=8811 written=801',
  '  ->  Nested Loop  (cost=0.30..15.67 rows=100 width=160) (actual time=0.204..198.064 rows=220913 loops=1)',
  '        ->  Index Scan using daily_rollup_day on daily_rollup r  (cost=0.29..12.86 rows=1 width=100) (actual time=0.068..30.806 rows=21900 loops=1)',
  '        ->  Function Scan on jsonb_each_text m  (cost=0.00..1.00 rows=100 width=64) (actual time=0.002..0.003 rows=10 loops=21900)',
  'JIT:',
  '  Functions: 18',
  '  Timing: Generation 2.899 ms, Inlining 0.000 ms, Optimization 17.418 ms, Emission 49.704 ms, Total 70.021 ms',
  'Execution Time: 291.000 ms',
];

describe('summarizePlan', () => {
  it('finds the execution time, the largest scans and a sort under a limit', () => {
    const summary = summarizePlan(DRILL_DOWN_PLAN);
    expect(summary.executionMs).toBe(791.703);
    expect(summary.sorts).toBe(true);
    expect(summary.scans.map((scan) => [scan.node, scan.rows])).toEqual([
      ['Bitmap Index Scan on hotline_ticket_division_created', 560_389],
      ['Bitmap Heap Scan on hotline_ticket', 50_636],
    ]);
    expect(describePlan(summary, [640.5, 610.1, 700])).toBe(
      'ran 792 ms under EXPLAIN ANALYZE (641 ms without EXPLAIN); its largest scan, Bitmap Index Scan on hotline_ticket_division_created, returned 560,389 rows; every matching row was sorted before the LIMIT',
    );
  });

  it('reads index scans with their index and reports no sort when there is none', () => {
    const summary = summarizePlan(ROLLUP_PLAN);
    expect(summary.sorts).toBe(false);
    expect(summary.spills).toBe(true);
    expect(summary.jitMs).toBe(70.021);
    expect(summary.scans[0]).toEqual({
      node: 'Index Scan using daily_rollup_day on daily_rollup r',
      rows: 21_900,
      loops: 1,
    });
    expect(summarizePlan([]).executionMs).toBeNull();
  });
});
