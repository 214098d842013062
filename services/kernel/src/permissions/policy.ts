import { divisionLevel, NATIONAL_CODE, owningCityOf } from '@city-ops/schema';
import type { Principal } from '../auth/principal.js';
import { forbidden } from '../errors.js';
import type { Bilingual } from '../language/bilingual.js';

/**
 * Who may do what, and over which records: one table of operation → grants, each
 * grant a realm role and the scope it covers (docs/DOMAIN.md "Roles"). A role that appears in
 * no grant — including any role this table does not know — grants nothing.
 * docs/PERMISSIONS.md is generated from this table; a test fails when it is stale.
 */
export type Scope = 'unit' | 'grid' | 'city' | 'province' | 'national';

export interface Grant {
  role: string;
  scope: Scope;
}

export interface OperationPolicy {
  description: string;
  grants: readonly Grant[];
}

const at = (scope: Scope, ...roles: string[]): Grant[] => roles.map((role) => ({ role, scope }));

/**
 * The tiers above the cities: a province's supervisors and the ministry's analysts,
 * who read what the cities do within their division.
 */
const oversight = [
  ...at('province', 'provincial-supervisor'),
  ...at('national', 'ministry-analyst'),
];

export const policy = {
  'ticket.read': {
    description: 'Read hotline tickets (lists and by id)',
    grants: [
      ...at('city', 'hotline-agent', 'dispatcher', 'city-supervisor'),
      ...at('unit', 'handling-unit'),
      ...oversight,
    ],
  },
  'ticket.create': {
    description: 'Log a hotline ticket (受理)',
    grants: at('city', 'hotline-agent', 'dispatcher'),
  },
  'case.read': {
    description: 'Read city operations cases',
    grants: [
      ...at('city', 'dispatcher', 'city-supervisor'),
      ...at('unit', 'handling-unit'),
      ...at('grid', 'inspector'),
      ...oversight,
    ],
  },
  'case.create': {
    description:
      'Report a case (信息采集): an inspector in their own grid, a dispatcher in the city; a hotline agent transfers a ticket (热线转办)',
    grants: [...at('city', 'dispatcher', 'hotline-agent'), ...at('grid', 'inspector')],
  },
  'case.dispatch': {
    description:
      'Command-centre work on cases: file (立案), void (作废), dispatch (派遣), decide extension and return requests, park (挂账) and resume',
    grants: at('city', 'dispatcher'),
  },
  'case.handle': {
    description:
      "A handling unit's work on cases assigned to it: handle (处置), report back (反馈), request an extension or a return; its inbox",
    grants: at('unit', 'handling-unit'),
  },
  'case.verify': {
    description:
      'Verify a handled case (核查): passed closes it (结案), failed sends it back for rework (返工); an inspector on site in their grid',
    grants: [...at('city', 'dispatcher'), ...at('grid', 'inspector')],
  },
  'case.evaluate': {
    description: 'Evaluate a closed case (综合评价), by the supervision centre',
    grants: at('city', 'city-supervisor'),
  },
  'enforcement.read': {
    description: 'Read enforcement records',
    grants: [
      ...at('city', 'enforcement-officer', 'legal-reviewer', 'city-supervisor'),
      ...oversight,
    ],
  },
  'enforcement.create': {
    description: 'File an enforcement case (立案)',
    grants: at('city', 'enforcement-officer'),
  },
  'enforcement.act': {
    description:
      'Take a step of an enforcement case (调查, 告知, 听证, 法制审核, 决定, 送达, 缴款, 执行, 结案); docs/WORKFLOWS.md says which role takes which step',
    grants: at('city', 'enforcement-officer', 'legal-reviewer'),
  },
  'ticket.attach': {
    description:
      'Attach a file to a ticket (现场照片, 处理前后对比, 文书): the desk in the city, a handling unit on tickets assigned to it',
    grants: [...at('city', 'hotline-agent', 'dispatcher'), ...at('unit', 'handling-unit')],
  },
  'ticket.attachment.read': {
    description:
      "List and download a ticket's files: only inside the owning city (above it a ticket shows only how many; each download is audited as a read of personal data)",
    grants: [
      ...at('city', 'hotline-agent', 'dispatcher', 'city-supervisor'),
      ...at('unit', 'handling-unit'),
    ],
  },
  'case.attach': {
    description:
      'Attach a file to a case: the command centre in the city, a handling unit on its cases, an inspector in their grid',
    grants: [
      ...at('city', 'dispatcher'),
      ...at('unit', 'handling-unit'),
      ...at('grid', 'inspector'),
    ],
  },
  'case.attachment.read': {
    description:
      "List and download a case's files: only inside the owning city (above it a case shows only how many; each download is audited as a read of personal data)",
    grants: [
      ...at('city', 'dispatcher', 'city-supervisor'),
      ...at('unit', 'handling-unit'),
      ...at('grid', 'inspector'),
    ],
  },
  'enforcement.attach': {
    description: 'Attach a file (文书, evidence photos) to an enforcement record',
    grants: at('city', 'enforcement-officer', 'legal-reviewer'),
  },
  'enforcement.attachment.read': {
    description:
      "List and download an enforcement record's files: only inside the owning city (above it a record shows only how many)",
    grants: at('city', 'enforcement-officer', 'legal-reviewer', 'city-supervisor'),
  },
  'personal-data.read': {
    description:
      "See callers' and parties' personal data unmasked (names, phones, ID numbers, house numbers); a handling unit only on its own work and never a confidential caller",
    grants: [
      ...at('city', 'hotline-agent', 'dispatcher', 'enforcement-officer'),
      ...at('unit', 'handling-unit'),
    ],
  },
  'caller.lookup': {
    description:
      "Find tickets by the caller's phone, and see a caller's history (来电历史) at intake: only at the owning city's node, which alone holds phones unmasked (audited as a read of personal data)",
    grants: at('city', 'hotline-agent', 'dispatcher'),
  },
  'personal-data.reveal': {
    description: 'Reveal masked personal data of one record, stating a reason (audited)',
    grants: at('city', 'dispatcher', 'city-supervisor'),
  },
  'audit.read': {
    description: 'Read the audit log and check its hash chain',
    grants: at('city', 'auditor').concat(at('province', 'auditor'), at('national', 'auditor')),
  },
  'calendar.edit': {
    description:
      "Edit the city node's working calendar (holidays, make-up workdays) that deadlines count on (audited)",
    grants: at('city', 'city-supervisor'),
  },
  'sync.read': {
    description: "See a node's sync state: its sources, their lag and last errors",
    grants: [
      ...at('city', 'city-supervisor', 'auditor'),
      ...at('province', 'provincial-supervisor', 'auditor'),
      ...at('national', 'ministry-analyst', 'auditor'),
    ],
  },
  'supervision.read': {
    description: 'See supervision orders (督办单) and the steps taken on them, on records in scope',
    grants: [
      ...at('city', 'dispatcher', 'city-supervisor'),
      ...at('unit', 'handling-unit'),
      ...oversight,
    ],
  },
  'supervision.issue': {
    description:
      "Issue a supervision order (督办) on a ticket or case of one of the province's cities",
    grants: at('province', 'provincial-supervisor'),
  },
  'supervision.handle': {
    description:
      "The city's side of a supervision order: sign for it (签收) and assign it to a unit (交办) at the command centre, reply (反馈) — a unit only on orders assigned to it",
    grants: [...at('city', 'dispatcher'), ...at('unit', 'handling-unit')],
  },
  'supervision.review': {
    description:
      "Review a city's reply to a supervision order: close it (办结) or send it back (退回)",
    grants: at('province', 'provincial-supervisor'),
  },
  'directive.read': {
    description: 'Read national directives addressed to the division',
    grants: [...at('city', 'dispatcher', 'city-supervisor'), ...oversight],
  },
  'directive.respond': {
    description:
      'Acknowledge a national directive addressed to the division, and report back on it',
    grants: [
      ...at('city', 'city-supervisor', 'dispatcher'),
      ...at('province', 'provincial-supervisor'),
    ],
  },
  'directive.issue': {
    description: 'Issue a national directive (部级指令) to provinces and cities',
    grants: at('national', 'ministry-analyst'),
  },
  'indicator.read': {
    description:
      'Read indicators (按时办结率, 结案率 …) and rankings of the divisions in scope (docs/INDICATORS.md)',
    grants: [...at('city', 'city-supervisor', 'dispatcher'), ...oversight],
  },
  'report.read': {
    description:
      'Read and download the monthly national report (全国月报: totals, provinces, cities, rankings; docs/INDICATORS.md)',
    grants: at('national', 'ministry-analyst'),
  },
} as const satisfies Record<string, OperationPolicy>;

export type Operation = keyof typeof policy;

export const operationNames = Object.keys(policy) as Operation[];

/** Where a principal may perform an operation. */
export interface Access {
  operation: Operation;
  scope: Scope;
  /** Records inside this division (containment, docs/DOMAIN.md "Division codes") are reachable. */
  division: string;
  /** Unit-scoped grants: only records assigned to this handling unit. */
  unit: string | undefined;
  /** Grid-scoped grants: only records in this grid cell. */
  grid: string | undefined;
}

const breadth: Record<Scope, number> = { unit: 0, grid: 0, city: 1, province: 2, national: 3 };

/** Whether a grant's scope fits where the principal sits (a city grant needs a city user, …). */
function applies(scope: Scope, principal: Principal): boolean {
  const level = divisionLevel(principal.division);
  const inCity = owningCityOf(principal.division) !== undefined;
  switch (scope) {
    case 'national':
      return principal.division === NATIONAL_CODE;
    case 'province':
      return level === 'PROVINCE';
    case 'city':
      return inCity;
    case 'unit':
      return inCity && principal.department !== undefined;
    case 'grid':
      return inCity && principal.grid !== undefined;
  }
}

/** The broadest access any of the principal's roles grants, or undefined. */
export function accessFor(principal: Principal, operation: Operation): Access | undefined {
  let best: Grant | undefined;
  for (const grant of policy[operation].grants as readonly Grant[]) {
    if (!principal.roles.includes(grant.role) || !applies(grant.scope, principal)) continue;
    if (!best || breadth[grant.scope] > breadth[best.scope]) best = grant;
  }
  if (!best) return undefined;
  return {
    operation,
    scope: best.scope,
    division: principal.division,
    unit: best.scope === 'unit' ? principal.department : undefined,
    grid: best.scope === 'grid' ? principal.grid : undefined,
  };
}

export function isAllowed(principal: Principal, operation: Operation): boolean {
  return accessFor(principal, operation) !== undefined;
}

const heldRoles = (principal: Principal): Bilingual =>
  principal.roles.length > 0
    ? { zh: principal.roles.join('、'), en: principal.roles.join(', ') }
    : { zh: '无任何角色', en: 'no roles' };

const rolesGranting = (operations: readonly Operation[]) => [
  ...new Set(
    operations.flatMap((operation) =>
      (policy[operation].grants as readonly Grant[]).map((grant) => grant.role),
    ),
  ),
];

/** The principal's access for `operation`, or FORBIDDEN naming it and the roles that would allow it. */
export function authorize(principal: Principal, operation: Operation): Access {
  const access = accessFor(principal, operation);
  if (access) return access;
  throw forbidden(
    {
      zh: `您无权执行 ${operation}：需要相应层级的以下角色之一：${rolesGranting([operation]).join('、')}；您的令牌在行政区划 ${principal.division} 持有 ${heldRoles(principal).zh}。`,
      en: `You may not perform ${operation}: it needs one of the roles ${rolesGranting([operation]).join(', ')} at the matching level; your token has ${heldRoles(principal).en} in division ${principal.division}.`,
    },
    { operation },
  );
}

/**
 * The access for the first of `operations` the principal may perform, or FORBIDDEN naming
 * them all: for a request any of several operations may make (a lookup by number, whose
 * record may be of any kind; the node then checks the kind's own).
 */
export function authorizeAny(principal: Principal, operations: readonly Operation[]): Access {
  for (const operation of operations) {
    const access = accessFor(principal, operation);
    if (access) return access;
  }
  throw forbidden(
    {
      zh: `您无权执行 ${operations.join('、')} 中的任何一项：需要相应层级的以下角色之一：${rolesGranting(operations).join('、')}；您的令牌在行政区划 ${principal.division} 持有 ${heldRoles(principal).zh}。`,
      en: `You may not perform any of ${operations.join(', ')}: they need one of the roles ${rolesGranting(operations).join(', ')} at the matching level; your token has ${heldRoles(principal).en} in division ${principal.division}.`,
    },
    { operation: operations.join(', ') },
  );
}
