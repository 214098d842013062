import { describe, expect, it } from 'vitest';
import { multiRowInsert } from './batch-insert.js';
import {
  applyCadence,
  countedStaleness,
  currentToStaleness,
  deliveryDelays,
  hopLags,
  sealHorizon,
  stalenessTimeline,
  summarizeLag,
} from './sync-lag.js';
import type { LagInput, MinistrySample, ProvinceSample } from './sync-lag.js';

describe('sync lag', () => {
  it('takes staleness at the province from current_to, never below zero', () => {
    expect(currentToStaleness(10_000, 9_250)).toBe(750);
    // current_to is stamped by the province's clock just before the sample's statement began.
    expect(currentToStaleness(10_000, 10_003)).toBe(0);
    expect(currentToStaleness(10_000, null)).toBeUndefined();
  });

  it('takes staleness at the ministry from the creation of the N-th ticket it counts', () => {
    const created = [100, 200, 300, 400];
    expect(countedStaleness(1_000, 2, created)).toBe(800);
    expect(countedStaleness(1_000, 4, created)).toBe(600);
    // More counted than the city has (cannot happen; clamp rather than read past the end).
    expect(countedStaleness(1_000, 9, created)).toBe(600);
    expect(countedStaleness(1_000, 0, created)).toBeUndefined();
  });

  it('gives every ticket of the window the first sample that counted it', () => {
    const created = [0, 100, 200, 300, 400];
    const samples = [
      { at: 150, count: 1 },
      { at: 250, count: 1 },
      { at: 350, count: 4 },
      { at: 450, count: 4 },
    ];
    // Ticket 0 is before the window; 400 is never counted.
    expect(deliveryDelays(samples, created, { from: 50, to: 500 })).toEqual({
      delays: [250, 150, 50],
      unseen: 1,
    });
    // The window's end is exclusive for tickets.
    expect(deliveryDelays(samples, created, { from: 0, to: 300 }).delays).toEqual([150, 250, 150]);
  });

  it('summarises with nearest-rank percentiles', () => {
    expect(summarizeLag([5, 1, 4, 2, 3])).toEqual({ count: 5, p50: 3, p95: 5, max: 5, mean: 3 });
    expect(summarizeLag([]).count).toBe(0);
  });

  const input = (): LagInput => {
    const provinceSamples: ProvinceSample[] = [1_000, 2_000, 3_000].map((at, index) => ({
      at,
      currentTo: { '320100': at - 500, '320200': index === 0 ? null : at - 1_000 },
      replicas: { '320100': index + 1, '320200': index },
      applied: { '320100': (index + 1) * 2, '320200': index * 2 },
    }));
    const ministrySamples: MinistrySample[] = [1_000, 2_000, 3_000].map((at, index) => ({
      at,
      created: { '320100': index, '320200': index },
      applied: { '320000': index * 3 },
      oldestWriter: index === 1 ? { ms: 40, database: 'province_320000_x' } : null,
    }));
    return {
      cities: ['320100', '320200'],
      window: { from: 900, to: 3_100 },
      createdAt: { '320100': [500, 1_500, 2_500], '320200': [800, 1_800, 2_800] },
      provinceSamples,
      ministrySamples,
    };
  };

  it('puts both hops of every city and of all cities together in one table', () => {
    const hops = hopLags(input());
    expect(hops.map((hop) => `${hop.hop} ${hop.city}`)).toEqual([
      'city → province 320100',
      'city → province 320200',
      'city → province all',
      'city → ministry 320100',
      'city → ministry 320200',
      'city → ministry all',
    ]);
    const of = (hop: string, city: string) =>
      hops.find((row) => row.hop === hop && row.city === city);
    expect(of('city → province', '320100')?.staleness).toMatchObject({ count: 3, max: 500 });
    // 320200 has no current_to at the first sample.
    expect(of('city → province', '320200')?.staleness).toMatchObject({ count: 2, max: 1_000 });
    expect(of('city → province', 'all')?.staleness.count).toBe(5);
    // 320100: 1 500 counted at 2 000, 2 500 at 3 000; 500 is before the window.
    expect(of('city → province', '320100')?.delivery).toMatchObject({ count: 2, max: 500 });
    // The ministry counts 320200's second ticket (1 800) at 3 000; its third is never counted.
    expect(of('city → ministry', '320200')).toMatchObject({
      delivery: { count: 1, max: 1_200 },
      unseen: 1,
    });
    expect(of('city → ministry', 'all')?.unseen).toBe(2);
  });

  it('reports the worst staleness of each second of the window', () => {
    const timeline = stalenessTimeline(input());
    expect(timeline).toHaveLength(3);
    expect(timeline[1]).toEqual({
      second: 2,
      worst: { 'city → province': 1_000, 'city → ministry': 1_500 },
    });
  });

  it('sees the batches a consumer applied as moves of its cursor', () => {
    const points = [
      { at: 0, applied: 0 },
      { at: 100, applied: 10 },
      { at: 200, applied: 10 },
      { at: 300, applied: 40 },
      { at: 400, applied: 45 },
    ];
    expect(applyCadence('320000', '320100', points, { from: 50, to: 350 })).toMatchObject({
      batches: 2,
      changesPerBatch: { max: 30, mean: 20 },
      intervalMs: { count: 1, max: 200 },
    });
  });

  it('attributes the seal horizon to the kind of node holding the oldest write', () => {
    const horizon = sealHorizon(input().ministrySamples, { from: 0, to: 5_000 });
    expect(horizon.all).toMatchObject({ count: 3, max: 40, p50: 0 });
    expect(Object.keys(horizon.byTier)).toEqual(['province']);
  });

  it('writes a batch as one multi-row INSERT', () => {
    expect(multiRowInsert('record_history', ['entity', 'at'], 2)).toBe(
      'INSERT INTO "record_history" ("entity", "at") VALUES ($1, $2), ($3, $4)',
    );
  });
});
