import pg from 'pg';
import { CANDIDATE_CAP } from '@city-ops/core';
import { withEnvironment } from '../harness/environment.js';
import { measureGraphQL } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { Comparison, ScenarioResult, VariantResult } from '../harness/result.js';

const CITY = '320100';

/**
 * The lookups a 12345 desk makes every minute, through the gateway as agent.320100, over a
 * city holding `BENCH_LOOKUP_ROWS` tickets: a ticket by number, tickets by the caller's
 * phone, the caller's history, and the free-text filter with a rare word of four
 * characters (found through the trigram index), a common word of two, and a rare word of
 * two (no trigram to look up: the rows are scanned newest first until 20 match or the
 * table ends). The free-text statement is also run under EXPLAIN ANALYZE as the node runs
 * it, with the trigram indexes and again with them dropped in the same transaction.
 */

/** Phrases the generated tickets are made of; the last two are rare (one ticket in RARE). */
const PHRASES = [
  '占道经营',
  '噪音扰民',
  '路灯不亮',
  '井盖缺失',
  '暴露垃圾',
  '违章停车',
  '油烟污染',
  '乱贴小广告',
  '道路破损',
  '绿化带损毁',
  '积水严重',
  '施工扰民',
];
const RARE = 5_000;
const RARE_WORD = '窨井盖板松动';
const RARE_SHORT = '窨井';

/** The tickets, written by SQL as createTicket would store them (numbers outside the node's own series). */
async function loadTickets(url: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO hotline_ticket (id, number, origin_node, division, channel, intake_class,
         category_code, title, content, caller_name, caller_phone, address, street, status,
         created_by, created_at, updated_at, due_at, closed_at)
       SELECT '${CITY}-bench-' || i, '${CITY}20250101' || lpad(i::text, 7, '0'), '${CITY}',
         CASE WHEN i % 2 = 0 THEN '320106' ELSE '320102' END, 'PHONE', 'COMPLAINT', '010202',
         phrase, '市民来电反映' || phrase || '，' || ($1::text[])[1 + (i * 7) % $2] ||
           CASE WHEN i % $3 = 0 THEN '，${RARE_WORD}' ELSE '' END || '，请尽快处理。',
         '李四', '139' || lpad((i % 100000)::text, 8, '0'), '鼓楼区中山北路' || (i % 300) || '号',
         '湖南路街道', CASE WHEN i % 7 = 0 THEN 'DISPATCHED' ELSE 'CLOSED' END, 'bench',
         created, created, created + interval '5 days',
         CASE WHEN i % 7 = 0 THEN NULL ELSE created + interval '1 day' END
       FROM generate_series(1, $4) AS i,
         LATERAL (SELECT ($1::text[])[1 + i % $2] AS phrase,
                         now() - make_interval(secs => i * 30) AS created) AS generated`,
      [PHRASES, PHRASES.length, RARE, rows],
    );
    await client.query('VACUUM (ANALYZE) hotline_ticket');
  } finally {
    await client.end();
  }
}

/** The free-text list of a city-wide agent as the node sends it (record-list.ts with text-search.ts). */
const TEXT_LIST = (ids: boolean) => `SELECT * FROM hotline_ticket
  WHERE division LIKE '3201%'
    AND ((coalesce(title, '') || ' ' || coalesce(content, '') || ' ' || coalesce(street, '') || ' ' || coalesce(community, '')) ILIKE $1
      OR ((division LIKE '3201%' AND division LIKE '3201%') AND address ILIKE $1))
    ${ids ? 'AND id = ANY($2::text[])' : ''}
  ORDER BY created_at DESC, id DESC LIMIT 21`;

interface Explained {
  label: string;
  /** The lookup functions' time, when the list used them. */
  lookupMs: number | null;
  executionMs: number | null;
  plan: string[];
}

/**
 * One free-text list as a request runs it (request role, row-level security settings):
 * `lookup` — the owner's lookup functions first, then the list by the ids they found with
 * bitmap scans off, as the node does; otherwise the list by ILIKE alone, as it was before
 * the lookups (the reference).
 */
async function explainText(url: string, word: string, lookup: boolean): Promise<Explained> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('role', 'city_ops_app', true),
              set_config('city_ops.division_low', '3201', true),
              set_config('city_ops.division_high', '3201:', true),
              set_config('city_ops.unit', '', true),
              set_config('city_ops.grid', '', true)`,
    );
    const pattern = `%${word}%`;
    let lookupMs: number | null = null;
    let ids: string[] | null = null;
    // As text-search.ts: a word of fewer than three characters has no trigram to look up.
    if (lookup && [...word].length >= 3) {
      const started = performance.now();
      const found = await client.query<{ text: string[] | null; address: string[] | null }>(
        `SELECT hotline_ticket_text_candidates($1, ${CANDIDATE_CAP}) AS text,
                hotline_ticket_address_candidates($1, ${CANDIDATE_CAP}) AS address`,
        [pattern],
      );
      lookupMs = performance.now() - started;
      const row = found.rows[0];
      if (row?.text && row.address) ids = [...new Set([...row.text, ...row.address])];
    }
    if (lookup) {
      await client.query(
        `SELECT set_config('enable_bitmapscan', 'off', true), set_config('jit', 'off', true)`,
      );
      if (!ids) await client.query(`SELECT set_config('enable_sort', 'off', true)`);
    }
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${TEXT_LIST(ids !== null)}`,
      ids ? [pattern, ids] : [pattern],
    );
    const plan = rows.map((row) => row['QUERY PLAN']);
    const execution = plan.map((line) => /Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean);
    return {
      label: `"${word}" ${lookup ? (ids ? `looked up (${ids.length} ids), then read by id` : 'not looked up (too short, or too common): the order walked') : 'by ILIKE over the division range (no lookup)'}`,
      lookupMs,
      executionMs: execution ? Number(execution[1]) : null,
      plan: plan.map((line) => line.replace(/\{320100-bench[^}]*\}/g, '{…ids…}')),
    };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

const nodesOf = (field: string) => (data: Record<string, unknown>) => {
  const nodes = (data[field] as { nodes?: unknown[] } | undefined)?.nodes;
  return nodes && nodes.length > 0 ? undefined : `${field} found nothing`;
};

export async function runLookups(options: BenchOptions): Promise<ScenarioResult> {
  const rows = options.lookupRows ?? 200_000;
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      const databaseUrl = federation.databaseUrl(CITY);
      options.log(`lookups: writing ${rows} tickets into ${CITY} …`);
      const loadStarted = Date.now();
      await loadTickets(databaseUrl, rows);
      const loadSeconds = (Date.now() - loadStarted) / 1000;
      const gateway = await federation.startGateway([CITY]);
      const token = federation.token(`agent.${CITY}`);
      const path = `client → gateway → city ${CITY} → PostgreSQL`;
      const number = `${CITY}20250101${String(Math.floor(rows / 2)).padStart(7, '0')}`;
      const phone = '+86 139 0001 2345';
      const text = (word: string) =>
        `{ tickets(first: 20, filter: { text: "${word}" }) { nodes { id number title } } }`;
      const variants: VariantResult[] = [];
      const measure = async (
        id: string,
        label: string,
        query: string,
        check: (data: Record<string, unknown>) => string | undefined,
        connections = 1,
      ) => {
        variants.push(
          await measureGraphQL(
            {
              id: `${id}@${connections}`,
              label,
              path,
              url: gateway.graphqlUrl,
              token,
              query,
              connections,
              check,
            },
            options,
          ),
        );
      };
      const byNumber = `{ recordByNumber(number: "${number}") { ... on HotlineTicket { id number title caller { phone } deadlineStatus } } }`;
      const byPhone = `{ ticketsByCallerPhone(phone: "${phone}") { nodes { id number title } } }`;
      const history = `{ callerHistory(phone: "${phone}") { total open recent { id number status } } }`;
      const found = (field: string) => (data: Record<string, unknown>) =>
        data[field] ? undefined : `${field} found nothing`;
      for (const connections of [1, options.connections]) {
        await measure('number', 'recordByNumber', byNumber, found('recordByNumber'), connections);
        await measure(
          'phone',
          'ticketsByCallerPhone',
          byPhone,
          nodesOf('ticketsByCallerPhone'),
          connections,
        );
      }
      await measure('history', 'callerHistory', history, found('callerHistory'));
      await measure(
        'text-rare-long',
        `text "${RARE_WORD}" (rare, 6 characters)`,
        text(RARE_WORD),
        nodesOf('tickets'),
      );
      await measure(
        'text-common-short',
        'text "路灯" (common, 2 characters)',
        text('路灯'),
        nodesOf('tickets'),
      );
      await measure(
        'text-rare-short',
        `text "${RARE_SHORT}" (rare, 2 characters)`,
        text(RARE_SHORT),
        nodesOf('tickets'),
      );
      await measure(
        'list',
        'the plain 20-ticket list (reference)',
        '{ tickets(first: 20) { nodes { id number title } } }',
        nodesOf('tickets'),
      );

      const explained = [
        await explainText(databaseUrl, RARE_WORD, true),
        await explainText(databaseUrl, RARE_WORD, false),
        await explainText(databaseUrl, '路灯不亮', true),
        await explainText(databaseUrl, RARE_SHORT, true),
      ];
      for (const entry of explained) {
        options.log(
          `  EXPLAIN ${entry.label}: lookup ${fixed(entry.lookupMs)} ms, list ${fixed(entry.executionMs)} ms`,
        );
      }
      const [lookedUp, unaided, common, short] = explained;
      const reference = variants.find((variant) => variant.id === 'list@1')!;
      const comparisons: Comparison[] = variants
        .filter((variant) => variant.connections === 1 && variant.id !== 'list@1')
        .map((variant) => ({
          name: `${variant.label}: p50 / the plain list's`,
          unit: 'ratio' as const,
          value: ratio(variant.latencyMs.p50, reference.latencyMs.p50),
          subject: variant.id,
          reference: reference.id,
        }));
      return {
        scenario: 'lookups',
        description: `The desk's lookups through the gateway as agent.${CITY} over ${rows} tickets of one city.`,
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'autocannon 9.0.0 in a separate process',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: [1, options.connections],
        },
        setup: {
          city: CITY,
          tickets: rows,
          loadSeconds,
          ticketsPerPhone: Math.max(1, Math.floor(rows / 100_000)),
          rareWordEvery: RARE,
          explained,
        },
        variants,
        comparisons,
        targets: [],
        missing: [],
        notes: [
          `A rare 6-character word as a request searches it (EXPLAIN ANALYZE as the request role): the owner's trigram lookups ${fixed(lookedUp?.lookupMs ?? null)} ms, then the list by the ids they found ${fixed(lookedUp?.executionMs ?? null)} ms; the same list by ILIKE alone — the trigram index out of its reach under row-level security — ${fixed(unaided?.executionMs ?? null)} ms.`,
          `A common word (more than ${CANDIDATE_CAP} tickets match): the lookups give up after ${fixed(common?.lookupMs ?? null)} ms and the list walks the newest tickets until 20 match, ${fixed(common?.executionMs ?? null)} ms. A rare 2-character word has no trigram to look up; the list walks the whole order: ${fixed(short?.executionMs ?? null)} ms.`,
          'Every other list reads the whole division range and sorts it (the plain list above): row-level security hides the range from the planner, which takes it for 0.5 % of the table. The tickets were written by SQL (phrases from a fixed list, a rare word in one ticket of 5 000, two tickets per phone), then VACUUM ANALYZE.',
        ],
      };
    },
  );
}
