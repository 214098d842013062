import { isKnownDivision } from '@city-ops/schema';
import { withEnvironment } from '../harness/environment.js';
import { measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { Comparison, ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import { seedTickets } from '../harness/seed.js';
import { TICKET_LIST, expectTicketCount } from './queries.js';

const NODE_COUNTS = [1, 2, 4, 8];
/** The issue's target: a list across 8 cities costs at most this multiple of one city's p95. */
const P95_GROWTH_BUDGET = 2;

/** Jiangsu's prefecture-level cities in GB/T 2260 order; the registry decides which exist. */
const JIANGSU_CITIES = [
  ['320100', '南京市'],
  ['320200', '无锡市'],
  ['320300', '徐州市'],
  ['320400', '常州市'],
  ['320500', '苏州市'],
  ['320600', '南通市'],
  ['320700', '连云港市'],
  ['320800', '淮安市'],
] as const;

/**
 * City nodes across provinces, for the national list of the stand-in series: the cities the
 * realm has users for first, then other known city-level codes.
 */
const NATIONAL_CITIES = [
  '320100',
  '320200',
  '330100',
  '330200',
  '110000',
  ...JIANGSU_CITIES.map(([code]) => code).slice(2),
];

interface Series {
  key: string;
  title: string;
  user: string;
  cities: string[];
}

/**
 * A provincial list (supervisor.320000) across 1, 2, 4 and 8 city nodes through the gateway,
 * one gateway per node count over the first n cities, each city seeded alike. Where the
 * division registry lacks Jiangsu cities, the missing points are recorded, and a stand-in
 * series (the national list as analyst.000000 across cities of two provinces) shows the trend
 * further out with the same gateway code path.
 */
export async function runFanOut(options: BenchOptions): Promise<ScenarioResult> {
  const jiangsu = JIANGSU_CITIES.map(([code]) => code).filter(isKnownDivision);
  const missingJiangsu = JIANGSU_CITIES.filter(([code]) => !isKnownDivision(code));
  const national = [...new Set(NATIONAL_CITIES)].filter(isKnownDivision);
  const provincial: Series = {
    key: 'jiangsu',
    title: 'provincial list as supervisor.320000 (Jiangsu cities)',
    user: 'supervisor.320000',
    cities: jiangsu,
  };
  const counts = (series: Series) => NODE_COUNTS.filter((count) => count <= series.cities.length);
  const lacking = NODE_COUNTS.filter((count) => count > jiangsu.length);
  const standIn: Series | undefined =
    lacking.length > 0 && national.length > jiangsu.length
      ? {
          key: 'national',
          title: 'stand-in: national list as analyst.000000 (cities of Jiangsu and Zhejiang)',
          user: 'analyst.000000',
          cities: national,
        }
      : undefined;
  const allSeries = standIn ? [provincial, standIn] : [provincial];
  const needed = [
    ...new Set(allSeries.flatMap((series) => series.cities.slice(0, Math.max(...counts(series))))),
  ];

  return withEnvironment(
    needed.map((division) => ({ tier: 'city' as const, division })),
    async ({ federation, postgres, machine }) => {
      for (const city of needed) {
        options.log(`fan-out: seeding ${options.seedTickets} tickets into ${city} …`);
        await seedTickets(federation, city, options.seedTickets);
      }
      const levels = [...new Set([1, options.connections])];
      const variants: VariantResult[] = [];
      const comparisons: Comparison[] = [];
      for (const series of allSeries) {
        const token = federation.token(series.user);
        const gateways = new Map<number, string>();
        for (const count of counts(series)) {
          gateways.set(
            count,
            (await federation.startGateway(series.cities.slice(0, count))).graphqlUrl,
          );
        }
        for (const connections of levels) {
          for (const [count, url] of gateways) {
            variants.push(
              await measureGraphQL(
                {
                  id: `${series.key}-${count}@${connections}`,
                  label: `${series.user}, ${count} city node${count > 1 ? 's' : ''}`,
                  path: `client → gateway → ${series.cities.slice(0, count).join(', ')}`,
                  url,
                  token,
                  query: TICKET_LIST,
                  connections,
                  check: expectTicketCount(20),
                },
                options,
              ),
            );
          }
          const one = variantOf(variants, `${series.key}-1@${connections}`);
          for (const count of counts(series).filter((count) => count > 1)) {
            const many = variantOf(variants, `${series.key}-${count}@${connections}`);
            comparisons.push(
              {
                name: `${series.key}: p95 ${count} nodes / 1 node @ ${connections}`,
                unit: 'ratio',
                value: ratio(many.latencyMs.p95, one.latencyMs.p95),
                subject: many.id,
                reference: one.id,
              },
              {
                name: `${series.key}: p50 ${count} nodes / 1 node @ ${connections}`,
                unit: 'ratio',
                value: ratio(many.latencyMs.p50, one.latencyMs.p50),
                subject: many.id,
                reference: one.id,
              },
              {
                name: `${series.key}: throughput ${count} nodes / 1 node @ ${connections}`,
                unit: 'ratio',
                value: ratio(many.throughput, one.throughput),
                subject: many.id,
                reference: one.id,
              },
            );
          }
        }
      }

      const eight = (connections: number) =>
        comparisons.find((entry) => entry.name === `jiangsu: p95 8 nodes / 1 node @ ${connections}`)
          ?.value ?? null;
      const measuredAt1 = eight(1);
      const largest = Math.max(...counts(provincial));
      const largestAt1 = comparisons.find(
        (entry) => entry.name === `jiangsu: p95 ${largest} nodes / 1 node @ 1`,
      )?.value;
      const standInLargest = standIn ? Math.max(...counts(standIn)) : undefined;
      const standInAt1 = comparisons.find(
        (entry) => entry.name === `national: p95 ${standInLargest} nodes / 1 node @ 1`,
      )?.value;
      const targets: TargetCheck[] = [
        {
          target: `a list across 8 cities has ≤ ${P95_GROWTH_BUDGET}× the p95 of one city`,
          measured:
            measuredAt1 !== null
              ? `${fixed(measuredAt1)}× at 1 connection, ${fixed(eight(options.connections))}× at ${options.connections}`
              : `8 Jiangsu cities not measurable (registry has ${jiangsu.length}); ${largest} cities: ${fixed(largestAt1)}× at 1 connection${standInAt1 !== undefined ? `; stand-in ${standInLargest} cities: ${fixed(standInAt1)}×` : ''}`,
          met: measuredAt1 === null ? null : measuredAt1 <= P95_GROWTH_BUDGET,
          ...(measuredAt1 !== null && measuredAt1 > P95_GROWTH_BUDGET
            ? { shortfall: `${measuredAt1}× instead of ≤ ${P95_GROWTH_BUDGET}×` }
            : {}),
        },
      ];

      return {
        scenario: 'fan-out',
        description:
          'tickets(first: 20) through the gateway across 1, 2, 4 and 8 city nodes; p95 growth against 1 node.',
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'autocannon 9.0.0 in a separate process',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: levels,
        },
        setup: {
          seededTicketsPerCity: options.seedTickets,
          query: TICKET_LIST,
          series: allSeries.map((series) => ({
            key: series.key,
            title: series.title,
            user: series.user,
            nodeCounts: counts(series),
            cities: series.cities.slice(0, Math.max(...counts(series))),
          })),
        },
        variants,
        comparisons,
        targets,
        missing: [
          ...lacking.map(
            (count) =>
              `jiangsu ${count} nodes: the division registry (schema/src/divisions.ts) has ${jiangsu.length} Jiangsu cities (${jiangsu.join(', ')})`,
          ),
          ...(standIn
            ? NODE_COUNTS.filter((count) => count > standIn.cities.length).map(
                (count) =>
                  `national stand-in ${count} nodes: the registry has ${standIn.cities.length} city-level codes`,
              )
            : []),
          ...(missingJiangsu.length > 0
            ? [
                `codes needed in the registry for 8 Jiangsu nodes: ${missingJiangsu.map(([code, name]) => `${code} ${name}`).join(', ')}`,
              ]
            : []),
        ],
        notes: [
          'One gateway per node count, each over the first n cities; every city holds the same number of tickets, so each node returns a full page and the gateway merges n × 20 rows down to 20.',
          'All city nodes and the gateway share one Node.js process on 2 cores: the per-node work of a fan-out runs on one event loop, so this is an upper bound on growth compared with nodes on their own machines.',
          'supervisor.320000 and analyst.000000 see callers masked: no audit rows are written by these reads.',
        ],
      };
    },
  );
}
