import { childCategories, childDivisions } from '@city-ops/schema';

/**
 * The replicated tickets of the indicators scenario: a province's masked copies of its two
 * cities' tickets over one year, generated in PostgreSQL by one set-based INSERT … SELECT per
 * month (`ticketGenerationSql`). Every attribute of ticket `i` is a pure function of `i` (a
 * hash of it), so a run is reproducible and growing the data set from 1 M to 10 M only adds
 * new `i`s — the first million stay as they were.
 */

/** The year of data: 2025-11-01 … 2026-10-31 (local days), month by month. */
export const DATA_MONTHS = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
] as const;

/**
 * Relative hotline volume per month: calls peak in the summer (heat, water, power, noise)
 * and drop around the Spring Festival (February).
 */
const MONTH_WEIGHTS = [0.95, 0.9, 0.9, 0.75, 0.95, 1, 1.05, 1.1, 1.2, 1.2, 1.05, 0.95];

/** Share of each city in the province's tickets (南京 is the larger). */
export const CITY_SHARES: readonly [city: string, share: number][] = [
  ['320100', 0.56],
  ['320200', 0.44],
];

/** A value and how often it occurs, relative to the others of its list. */
export type Weighted<T extends string = string> = readonly [value: T, weight: number];

/**
 * `slots` values in proportion to their weights (largest remainder, every value with a
 * positive weight at least once): indexing the array with ⌊u · slots⌋ for a uniform u draws
 * from the mix, which a SQL expression can do without a lookup table.
 */
export function weightedSlots<T extends string>(entries: readonly Weighted<T>[], slots = 100): T[] {
  const positive = entries.filter(([, weight]) => weight > 0);
  if (positive.length === 0) throw new Error('weightedSlots needs at least one positive weight');
  if (positive.length > slots)
    throw new Error(`${positive.length} values do not fit ${slots} slots`);
  const total = positive.reduce((sum, [, weight]) => sum + weight, 0);
  const shares = positive.map(([value, weight]) => {
    const exact = (weight / total) * slots;
    return { value, count: Math.max(1, Math.floor(exact)), remainder: exact - Math.floor(exact) };
  });
  let left = slots - shares.reduce((sum, share) => sum + share.count, 0);
  // Hand out what is left by largest remainder; take back from the largest counts if the
  // minimum of one overfilled the slots.
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder);
  for (let index = 0; left > 0; index = (index + 1) % byRemainder.length, left -= 1) {
    byRemainder[index]!.count += 1;
  }
  while (left < 0) {
    const largest = shares.reduce((max, share) => (share.count > max.count ? share : max));
    largest.count -= 1;
    left += 1;
  }
  return shares.flatMap(({ value, count }) => Array.from({ length: count }, () => value));
}

/**
 * How many of `total` fall in each part, in proportion to `weights`, summing exactly to
 * `total` (largest remainder).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (!(sum > 0) || !Number.isInteger(total) || total < 0) {
    throw new Error(`cannot apportion ${total} over weights ${weights.join(', ')}`);
  }
  const exact = weights.map((weight) => (weight / sum) * total);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = total - counts.reduce((acc, count) => acc + count, 0);
  for (let index = 0; left > 0; index += 1, left -= 1) counts[order[index]!.index]! += 1;
  return counts;
}

/** One month's INSERT: tickets `first` … `end − 1` created in `month`. */
export interface MonthBatch {
  month: string;
  first: number;
  end: number;
}

/**
 * The batches that take the data set from `from` to `to` tickets: each month gets its share
 * of `to` less its share of `from`, under new ticket numbers after the ones already used,
 * so the months keep their proportions at every size.
 */
export function growthBatches(from: number, to: number): MonthBatch[] {
  if (to < from) throw new Error(`cannot shrink the data set from ${from} to ${to} tickets`);
  const before = apportion(from, MONTH_WEIGHTS);
  const after = apportion(to, MONTH_WEIGHTS);
  let next = from;
  return DATA_MONTHS.flatMap((month, index) => {
    const count = after[index]! - before[index]!;
    if (count <= 0) return [];
    const batch = { month, first: next, end: next + count };
    next += count;
    return [batch];
  });
}

/**
 * Splits batches so none holds more than `size` tickets (a statement per piece keeps each
 * transaction, and the memory of its after-trigger queue, bounded).
 */
export function splitBatches(batches: readonly MonthBatch[], size: number): MonthBatch[] {
  return batches.flatMap((batch) => {
    const pieces: MonthBatch[] = [];
    for (let first = batch.first; first < batch.end; first += size) {
      pieces.push({ month: batch.month, first, end: Math.min(first + size, batch.end) });
    }
    return pieces;
  });
}

/** Days in a YYYY-MM month. */
export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
}

/** Relative frequency per leaf category; leaves not named here weigh 1. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  '010101': 8, // 占道经营
  '010102': 6, // 乱堆乱放
  '010103': 5, // 暴露垃圾
  '010201': 5, // 道路破损
  '010203': 4, // 路灯不亮
  '010204': 4, // 排水不畅
  '010401': 4, // 违章搭建
  '020101': 6, // 施工噪声
  '020102': 5, // 社会生活噪声
  '020201': 3, // 油烟扰民
  '030202': 5, // 违规停车
  '040101': 7, // 物业服务
  '040201': 3, // 停水
  '050101': 4, // 拖欠工资
  '060101': 4, // 政策咨询
  '060102': 3, // 办事指南
};

/** Every level-3 category of the tree (the only ones a ticket may be filed under). */
export function leafCategories(): { code: string; name: string }[] {
  return childCategories()
    .flatMap((level1) => childCategories(level1.code))
    .flatMap((level2) => childCategories(level2.code));
}

/** Hours from intake to the due time per intake class (halved when urgent; 4 h for an emergency). */
const DUE_HOURS: Record<string, number> = {
  CONSULTATION: 24,
  HELP_REQUEST: 72,
  COMPLAINT: 120,
  REPORT: 120,
  SUGGESTION: 240,
  PRAISE: 72,
  OTHER: 120,
};

const INTAKE_CLASSES: Weighted[] = [
  ['CONSULTATION', 28],
  ['HELP_REQUEST', 22],
  ['COMPLAINT', 24],
  ['REPORT', 10],
  ['SUGGESTION', 8],
  ['PRAISE', 3],
  ['OTHER', 5],
];
const CHANNELS: Weighted[] = [
  ['PHONE', 62],
  ['WECHAT', 14],
  ['APP', 10],
  ['WEB', 8],
  ['SMS', 2],
  ['EMAIL', 1],
  ['TRANSFER', 3],
];
const URGENCIES: Weighted[] = [
  ['NORMAL', 95],
  ['URGENT', 4],
  ['EMERGENCY', 1],
];
/** Status of a ticket still open (dispatched and somewhere in the loop). */
const OPEN_STATUSES: Weighted[] = [
  ['DISPATCHED', 25],
  ['SIGNED_FOR', 20],
  ['IN_PROGRESS', 35],
  ['RETURNED', 5],
  ['REPLIED', 10],
  ['REVIEWED', 5],
];
/** Of the closed tickets that were called back. */
const RESOLUTIONS: Weighted[] = [
  ['RESOLVED', 78],
  ['PARTIALLY_RESOLVED', 14],
  ['UNRESOLVED', 8],
];
const SATISFACTIONS: Weighted[] = [
  ['SATISFIED', 62],
  ['BASICALLY_SATISFIED', 20],
  ['DISSATISFIED', 7],
  ['NOT_RATED', 11],
];
const UNIT_SUFFIXES: Weighted[] = [
  ['-cg', 50],
  ['-cg-sr', 25],
  ['-sw', 25],
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
];
const MOBILE_PREFIXES = ['138', '139', '137', '135', '150', '151', '159', '186', '188', '177'];
const STREETS = [
  '中山路',
  '中山北路',
  '北京东路',
  '汉中路',
  '解放路',
  '人民路',
  '学府路',
  '建康路',
  '江东中路',
  '龙蟠路',
  '湖滨路',
  '梁溪路',
  '太湖大道',
  '新华路',
  '长江路',
  '和平路',
];
const PHRASES = [
  '问题已持续多日，影响周边居民正常生活',
  '情况较为严重，存在安全隐患',
  '多次反映未见改善，希望相关部门尽快核实',
  '早晚高峰尤其明显，行人和车辆通行不便',
  '附近老人小孩较多，担心发生意外',
  '已向社区反映但未解决，特来电求助',
];
const TITLE_SUFFIXES = ['', '问题', '问题反映', '投诉', '求助'];

/** The mix of the generated tickets, as the SQL parameters draw from it. */
export interface TicketMix {
  /** Shares of the target data set: "~10 % direct answers, ~85 % closed, some late". */
  directShare: number;
  mergedShare: number;
  /** Of the dispatched tickets: open share by creation date (older / the last 45 days of data). */
  openShareOlder: number;
  openShareRecent: number;
  recentFrom: string;
  /** Of the closed dispatched tickets: closed after their due time. */
  lateShare: number;
  /** Of the closed tickets: called back (resolution and satisfaction recorded). */
  calledBackShare: number;
}

export const TICKET_MIX: TicketMix = {
  directShare: 0.1,
  mergedShare: 0.012,
  openShareOlder: 0.12,
  openShareRecent: 0.45,
  recentFrom: '2026-09-17',
  lateShare: 0.08,
  calledBackShare: 0.9,
};

interface CityGeography {
  city: string;
  districts: { code: string; name: string }[];
  longitude: number;
  latitude: number;
}

const CENTRES: Record<string, [number, number]> = {
  '320100': [118.78, 32.06],
  '320200': [120.31, 31.49],
};

function geography(city: string): CityGeography {
  const districts = childDivisions(city).map((entry) => ({ code: entry.code, name: entry.name }));
  if (districts.length === 0) throw new Error(`the registry lists no districts of ${city}`);
  const [longitude, latitude] = CENTRES[city] ?? [118.78, 32.06];
  return { city, districts, longitude, latitude };
}

/** A text[] literal of constant strings (ours, never user input), for the generated SQL. */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',')}]::text[]`;
}

/** `(CASE x WHEN 'a' THEN n … ELSE otherwise END)` from a table of constants. */
function caseOf(expression: string, table: Record<string, number>, otherwise: number): string {
  const arms = Object.entries(table)
    .map(([key, value]) => `WHEN '${key}' THEN ${value}`)
    .join(' ');
  return `(CASE ${expression} ${arms} ELSE ${otherwise} END)`;
}

/**
 * Session-local helpers (pg_temp: gone when the connection closes, nothing added to the
 * node's schema). `u(i, salt)` is a uniform draw in [0, 1) from the 32-bit hash of i.
 */
export const GENERATION_FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, salt int) RETURNS float8
     LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT (hashint8(i * 64 + salt)::float8 + 2147483648.0) / 4294967296.0 $$`,
];

/**
 * One INSERT … SELECT generating tickets $1 … $2 − 1 created in the month starting on the
 * local day $3 (a timestamp), $4 days long, in time zone $5. Ticket i's attributes come
 * from u(k, salt), where k is i — or, for a merged child (并单), its parent i − 1, whose city,
 * district and category it shares and whose closure it follows, as the product closes
 * children with their parent. Personal fields are stored masked, as every replica is.
 */
export function ticketGenerationSql(mix: TicketMix = TICKET_MIX): string {
  const cities = CITY_SHARES.map(([city]) => geography(city));
  const [first, second] = cities;
  if (!first || !second || cities.length !== 2) throw new Error('the generator expects two cities');
  const firstShare = CITY_SHARES[0]![1];
  const leaves = leafCategories();
  const categorySlots = weightedSlots(
    leaves.map(({ code }) => [code, CATEGORY_WEIGHTS[code] ?? 1] as const),
    200,
  );
  const names = Object.fromEntries(leaves.map(({ code, name }) => [code, name]));
  const categoryNames = categorySlots.map((code) => names[code] ?? code);
  const slots = (entries: readonly Weighted[], size = 100) =>
    textArray(weightedSlots(entries, size));
  const perCity = (make: (geo: CityGeography) => string) =>
    `(CASE WHEN a.second THEN ${make(second)} ELSE ${make(first)} END)`;

  const pickIn = (array: string, size: number, salt: number, index: string) =>
    `(${array})[1 + floor(pg_temp.u(${index}, ${salt}) * ${size})::int]`;

  return `
INSERT INTO hotline_ticket (
  id, number, origin_node, division, channel, intake_class, category_code, title, content,
  caller_name, caller_phone, caller_confidential, address, street, community, longitude, latitude,
  urgency, status, handling_mode, resolution, satisfaction, parent_ticket_id, created_by,
  created_at, updated_at, version, lead_unit, reply, replied_at, due_at, closed_at)
SELECT
  c.city || '-' || md5('bench-ticket-' || c.i)::uuid::text,
  c.city || to_char(c.created_at AT TIME ZONE $5, 'YYYYMMDD') || lpad(c.i::text, 8, '0'),
  c.city, c.district, c.channel, c.intake_class, c.category, c.title,
  c.district_name || c.street || '附近' || c.category_name || '，' || c.phrase || '，请相关部门尽快处理。',
  ${pickIn(textArray(SURNAMES), SURNAMES.length, 50, 'c.i')}
    || CASE WHEN pg_temp.u(c.i, 51) < 0.2 THEN '**' ELSE '*' END,
  ${pickIn(textArray(MOBILE_PREFIXES), MOBILE_PREFIXES.length, 52, 'c.i')}
    || '****' || lpad(floor(pg_temp.u(c.i, 53) * 10000)::int::text, 4, '0'),
  pg_temp.u(c.i, 54) < 0.03,
  c.district_name || c.street || '***',
  c.street,
  CASE WHEN pg_temp.u(c.i, 55) < 0.5 THEN c.street || '社区' END,
  round((c.longitude + (pg_temp.u(c.i, 56) - 0.5) * 0.4)::numeric, 6)::float8,
  round((c.latitude + (pg_temp.u(c.i, 57) - 0.5) * 0.3)::numeric, 6)::float8,
  c.urgency,
  CASE WHEN c.closed_at IS NOT NULL THEN 'CLOSED' WHEN c.merged THEN 'ACCEPTED' ELSE c.open_status END,
  CASE WHEN c.merged THEN NULL WHEN c.direct THEN 'DIRECT' ELSE 'DISPATCH' END,
  CASE WHEN c.closed_at IS NOT NULL AND c.called_back THEN c.resolution END,
  CASE WHEN c.closed_at IS NOT NULL AND c.called_back AND NOT c.merged THEN c.satisfaction END,
  CASE WHEN c.merged THEN c.city || '-' || md5('bench-ticket-' || c.k)::uuid::text END,
  'agent.' || c.city,
  c.created_at,
  coalesce(c.closed_at, c.created_at + interval '1 hour'),
  CASE WHEN c.closed_at IS NULL THEN 3 WHEN c.direct THEN 2 ELSE 8 END,
  CASE WHEN NOT c.direct AND NOT c.merged THEN c.city || c.unit_suffix END,
  CASE WHEN c.closed_at IS NOT NULL AND c.direct THEN '已在通话中答复来电人。'
       WHEN c.closed_at IS NOT NULL THEN '已现场核查并处理完毕，处理结果已告知来电人。' END,
  CASE WHEN c.closed_at IS NOT NULL AND NOT c.direct
       THEN greatest(c.created_at, c.closed_at - interval '30 minutes') END,
  c.created_at + c.due_hours * interval '1 hour',
  c.closed_at
FROM (
  SELECT b.*,
    CASE
      WHEN b.direct THEN b.base_created + (120 + pg_temp.u(b.k, 41) * 780) * interval '1 second'
      WHEN b.open THEN NULL
      WHEN b.late THEN b.base_created + b.due_hours * interval '1 hour'
                       + (3600 + pg_temp.u(b.k, 43) * 6 * 86400) * interval '1 second'
      ELSE b.base_created + (0.05 + 0.95 * pg_temp.u(b.k, 44)) * b.due_hours * interval '1 hour'
    END AS closed_at
  FROM (
    SELECT a.*,
      a.base_created + CASE WHEN a.merged
        THEN (60 + pg_temp.u(a.i, 21) * 1740) * interval '1 second' ELSE interval '0' END AS created_at,
      CASE a.urgency WHEN 'EMERGENCY' THEN 4
        ELSE ${caseOf('a.intake_class', DUE_HOURS, 120)} * CASE a.urgency WHEN 'URGENT' THEN 0.5 ELSE 1 END
      END AS due_hours,
      NOT a.direct AND pg_temp.u(a.k, 30) < CASE
        WHEN a.base_created >= ('${mix.recentFrom}'::timestamp AT TIME ZONE $5)
        THEN ${mix.openShareRecent} ELSE ${mix.openShareOlder} END AS open,
      pg_temp.u(a.k, 31) < ${mix.lateShare} AS late,
      pg_temp.u(a.k, 32) < ${mix.calledBackShare} AS called_back,
      ${perCity((geo) => `'${geo.city}'`)} AS city,
      ${perCity((geo) => pickIn(textArray(geo.districts.map((d) => d.code)), geo.districts.length, 12, 'a.k'))} AS district,
      ${perCity((geo) => pickIn(textArray(geo.districts.map((d) => d.name)), geo.districts.length, 12, 'a.k'))} AS district_name,
      ${perCity((geo) => String(geo.longitude))} AS longitude,
      ${perCity((geo) => String(geo.latitude))} AS latitude,
      ${pickIn(textArray(STREETS), STREETS.length, 13, 'a.k')} AS street,
      ${pickIn(textArray(categoryNames), categorySlots.length, 11, 'a.k')} AS category_name,
      ${pickIn(textArray(categoryNames), categorySlots.length, 11, 'a.k')}
        || ${pickIn(textArray(TITLE_SUFFIXES), TITLE_SUFFIXES.length, 14, 'a.i')} AS title,
      ${pickIn(textArray(PHRASES), PHRASES.length, 15, 'a.i')} AS phrase
    FROM (
      SELECT g.i, g.merged, g.k,
        pg_temp.u(g.k, 10) >= ${firstShare} AS second,
        NOT g.merged AND pg_temp.u(g.k, 40) < ${mix.directShare} AS direct,
        ${pickIn(textArray(categorySlots), categorySlots.length, 11, 'g.k')} AS category,
        ${pickIn(slots(INTAKE_CLASSES), 100, 16, 'g.k')} AS intake_class,
        ${pickIn(slots(CHANNELS), 100, 17, 'g.i')} AS channel,
        ${pickIn(slots(URGENCIES), 100, 18, 'g.k')} AS urgency,
        ${pickIn(slots(OPEN_STATUSES), 100, 33, 'g.k')} AS open_status,
        ${pickIn(slots(RESOLUTIONS), 100, 34, 'g.k')} AS resolution,
        ${pickIn(slots(SATISFACTIONS), 100, 35, 'g.k')} AS satisfaction,
        ${pickIn(slots(UNIT_SUFFIXES), 100, 36, 'g.k')} AS unit_suffix,
        ($3::timestamp
          + floor(pg_temp.u(g.k, 1) * $4) * interval '1 day'
          + round(CASE WHEN pg_temp.u(g.k, 2) < 0.85 THEN 28800 + pg_temp.u(g.k, 3) * 46800
                       ELSE pg_temp.u(g.k, 3) * 86400 END * 1000) * interval '1 millisecond'
        ) AT TIME ZONE $5 AS base_created
      FROM (
        SELECT i, m AS merged, CASE WHEN m THEN i - 1 ELSE i END AS k
        FROM generate_series($1::bigint, $2::bigint - 1) AS i,
        LATERAL (SELECT i > $1::bigint
                   AND pg_temp.u(i, 20) < ${mix.mergedShare}
                   AND pg_temp.u(i - 1, 20) >= ${mix.mergedShare}
                   AND pg_temp.u(i - 1, 40) >= ${mix.directShare}
                   AND pg_temp.u(i - 1, 30) >= ${mix.openShareRecent} AS m) AS draw
        OFFSET 0
      ) AS g
      OFFSET 0
    ) AS a
    OFFSET 0
  ) AS b
  OFFSET 0
) AS c`;
}
