import { withEnvironment } from '../harness/environment.js';
import { startHiveGateway } from '../harness/hive-gateway.js';
import { measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { difference, fixed, ratio } from '../harness/result.js';
import type { Comparison, ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import { seedTickets } from '../harness/seed.js';
import { TICKET_LIST, expectTicketCount } from './queries.js';

const CITY = '320100';
/** The target: our gateway serves ≥ 1.5× Hive Gateway's throughput at no worse p95. */
const MIN_THROUGHPUT_RATIO = 1.5;

/**
 * Our gateway against Hive Gateway over the same city node, same query, same token, same run,
 * with the direct node as the floor both are measured against.
 */
export async function runPeer(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      options.log(`peer: seeding ${options.seedTickets} tickets into ${CITY} …`);
      await seedTickets(federation, CITY, options.seedTickets);
      const ours = await federation.startGateway([CITY]);
      const hive = await startHiveGateway(federation.node(CITY).graphqlUrl, {
        deduplicateInflightRequests: false,
      });
      const hiveDefault = await startHiveGateway(federation.node(CITY).graphqlUrl, {
        deduplicateInflightRequests: true,
      });
      try {
        const token = federation.token(`agent.${CITY}`);
        const levels = [...new Set([1, options.connections])];
        const paths = [
          {
            key: 'direct',
            label: `city node ${CITY} direct`,
            path: `client → city ${CITY}`,
            url: federation.node(CITY).graphqlUrl,
          },
          {
            key: 'ours',
            label: 'our gateway',
            path: `client → gateway → city ${CITY}`,
            url: ours.graphqlUrl,
          },
          {
            key: 'hive',
            label: 'Hive Gateway (proxy mode)',
            path: `client → Hive Gateway → city ${CITY}`,
            url: hive.graphqlUrl,
          },
        ];
        // Only under concurrency can identical requests be in flight together.
        const dedupePath = {
          key: 'hive-dedupe',
          label: 'Hive Gateway, in-flight deduplication on (its default)',
          path: `client → Hive Gateway → city ${CITY}`,
          url: hiveDefault.graphqlUrl,
        };
        const variants: VariantResult[] = [];
        for (const connections of levels) {
          for (const { key, label, path, url } of connections > 1
            ? [...paths, dedupePath]
            : paths) {
            variants.push(
              await measureGraphQL(
                {
                  id: `${key}@${connections}`,
                  label,
                  path,
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
        }
        const comparisons: Comparison[] = levels.flatMap((connections) => {
          const ourVariant = variantOf(variants, `ours@${connections}`);
          const hiveVariant = variantOf(variants, `hive@${connections}`);
          const direct = variantOf(variants, `direct@${connections}`);
          return [
            {
              name: `throughput ours / Hive @ ${connections}`,
              unit: 'ratio' as const,
              value: ratio(ourVariant.throughput, hiveVariant.throughput),
              subject: ourVariant.id,
              reference: hiveVariant.id,
            },
            {
              name: `p95 ours − Hive @ ${connections}`,
              unit: 'ms' as const,
              value: difference(ourVariant.latencyMs.p95, hiveVariant.latencyMs.p95),
              subject: ourVariant.id,
              reference: hiveVariant.id,
            },
            ...(connections > 1
              ? [
                  {
                    name: `throughput ours / Hive with deduplication @ ${connections}`,
                    unit: 'ratio' as const,
                    value: ratio(
                      ourVariant.throughput,
                      variantOf(variants, `hive-dedupe@${connections}`).throughput,
                    ),
                    subject: ourVariant.id,
                    reference: `hive-dedupe@${connections}`,
                  },
                ]
              : []),
            {
              name: `throughput ours / direct @ ${connections}`,
              unit: 'ratio' as const,
              value: ratio(ourVariant.throughput, direct.throughput),
              subject: ourVariant.id,
              reference: direct.id,
            },
            {
              name: `throughput Hive / direct @ ${connections}`,
              unit: 'ratio' as const,
              value: ratio(hiveVariant.throughput, direct.throughput),
              subject: hiveVariant.id,
              reference: direct.id,
            },
          ];
        });
        const loadedOurs = variantOf(variants, `ours@${options.connections}`);
        const loadedHive = variantOf(variants, `hive@${options.connections}`);
        const throughputRatio = ratio(loadedOurs.throughput, loadedHive.throughput);
        const p95Delta = difference(loadedOurs.latencyMs.p95, loadedHive.latencyMs.p95);
        const met =
          throughputRatio === null || p95Delta === null
            ? null
            : throughputRatio >= MIN_THROUGHPUT_RATIO && p95Delta <= 0;
        const shortfalls = [
          ...(throughputRatio !== null && throughputRatio < MIN_THROUGHPUT_RATIO
            ? [
                `throughput ${fixed(throughputRatio)}× Hive's instead of ≥ ${MIN_THROUGHPUT_RATIO}× (needs ${fixed(MIN_THROUGHPUT_RATIO / throughputRatio)}× more)`,
              ]
            : []),
          ...(p95Delta !== null && p95Delta > 0
            ? [`p95 ${fixed(p95Delta)} ms worse than Hive's`]
            : []),
        ];
        const targets: TargetCheck[] = [
          {
            target: `≥ ${MIN_THROUGHPUT_RATIO}× Hive Gateway's throughput at no worse p95 (20-row list, one city)`,
            measured: `${fixed(throughputRatio)}× throughput, p95 ${fixed(loadedOurs.latencyMs.p95)} ms vs ${fixed(loadedHive.latencyMs.p95)} ms at ${options.connections} connections`,
            met,
            ...(shortfalls.length > 0 ? { shortfall: shortfalls.join('; ') } : {}),
          },
        ];
        return {
          scenario: 'peer',
          description:
            'The 20-ticket list of one city through our gateway and through Hive Gateway over the same node, in the same run.',
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
            city: CITY,
            seededTickets: options.seedTickets,
            user: `agent.${CITY}`,
            query: TICKET_LIST,
            peer: '@graphql-hive/gateway-runtime 2.12.1 with @graphql-mesh/transport-http 1.2.1, proxy mode, schema from the shared SDL, Authorization and x-request-id forwarded (propagateHeaders), default plugins, logging off; `hive` has upstream in-flight deduplication off (like-for-like, judged against the target), `hive-dedupe` keeps the default (on)',
          },
          variants,
          comparisons,
          targets,
          missing: [
            'fan-out through Hive Gateway: every city node serves the same root fields, and Hive Gateway’s composition (Apollo Federation or Mesh/fusion) sends a shared root field to one subgraph; it has no cross-node merge of a list like our tickets fan-out, and the nodes do not speak Federation (_service/_entities), so only the one-city list is compared.',
          ],
          notes: [
            'Hive Gateway runs in the same process as our gateway and the node, started and served the same way (node:http, loopback).',
            'Our gateway verifies the token (cached after the first request) before asking the node; Hive Gateway as configured only forwards it, and the node verifies it in both cases.',
            'With deduplication on, concurrent identical requests (same query, same token) share one upstream answer: the node sees, and audits, only a fraction of the reads. It is shown for completeness, not judged against the target.',
          ],
        };
      } finally {
        await hive.close();
        await hiveDefault.close();
      }
    },
  );
}
