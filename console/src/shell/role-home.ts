/**
 * The screens of the console's menu and the roles that work in them (a screen's data is
 * still the API's to refuse; this only decides what the menu offers). The first screen a
 * role has is where it lands after signing in.
 */
export const SCREENS = {
  // First: the home of the oversight roles (the path without a division is the viewer's own).
  overview: {
    path: '/overview',
    title: '指标总览',
    roles: ['provincial-supervisor', 'ministry-analyst', 'city-supervisor'],
  },
  intake: { path: '/intake', title: '工单受理', roles: ['hotline-agent', 'dispatcher'] },
  dispatch: { path: '/dispatch', title: '派单调度', roles: ['dispatcher'] },
  inbox: { path: '/inbox', title: '待办工单', roles: ['handling-unit'] },
  callbacks: { path: '/callbacks', title: '回访', roles: ['hotline-agent'] },
  myTickets: { path: '/my-tickets', title: '我的工单', roles: ['hotline-agent'] },
  enforcement: {
    path: '/enforcement',
    title: '执法办案',
    roles: ['enforcement-officer', 'legal-reviewer'],
  },
  enforcementFiling: {
    path: '/enforcement/new',
    title: '执法立案',
    roles: ['enforcement-officer'],
  },
  reportCase: { path: '/report-case', title: '上报案件', roles: ['inspector'] },
  cases: {
    path: '/cases',
    title: '案件中心',
    roles: ['dispatcher', 'inspector', 'city-supervisor'],
  },
  caseInbox: { path: '/case-inbox', title: '待处置案件', roles: ['handling-unit'] },
  search: {
    path: '/search',
    title: '工单查询',
    roles: ['hotline-agent', 'dispatcher', 'handling-unit', 'city-supervisor'],
  },
  provinceRecords: {
    path: '/province-records',
    title: '全省工单',
    roles: ['provincial-supervisor'],
  },
  supervision: { path: '/supervision', title: '督办管理', roles: ['provincial-supervisor'] },
  supervisionInbox: {
    path: '/supervision-inbox',
    title: '督办件',
    roles: ['dispatcher', 'city-supervisor', 'handling-unit'],
  },
  monthlyReport: { path: '/reports/monthly', title: '全国月报', roles: ['ministry-analyst'] },
  directives: {
    path: '/directives',
    title: '部级指令',
    roles: ['ministry-analyst', 'provincial-supervisor', 'city-supervisor', 'dispatcher'],
  },
  // Operators' and auditors' screens; each is gated on its policy operation too.
  audit: { path: '/audit', title: '审计日志', roles: ['auditor'] },
  sync: {
    path: '/sync',
    title: '同步状态',
    roles: ['auditor', 'provincial-supervisor', 'ministry-analyst', 'city-supervisor'],
  },
  // Anyone signed in reads the calendar deadlines count on; city supervisors edit it.
  calendar: {
    path: '/calendar',
    title: '工作日历',
    roles: [
      'city-supervisor',
      'dispatcher',
      'hotline-agent',
      'handling-unit',
      'inspector',
      'enforcement-officer',
      'legal-reviewer',
      'provincial-supervisor',
      'ministry-analyst',
      'auditor',
    ],
  },
} as const;

/** Where a record of any kind opens, by its number. */
export const recordPath = (number: string) => `/records/${number}`;

/** The first screen for a user with `roles`, or the placeholder of roles with none yet. */
export function homePathOf(roles: readonly string[]): string {
  for (const screen of Object.values(SCREENS)) {
    if (screen.roles.some((role) => roles.includes(role))) return screen.path;
  }
  return '/welcome';
}

/**
 * The menu entry a page belongs to: the screen whose path is the longest whole-segment
 * prefix of `pathname` (`/overview/320100` is 指标总览's, `/enforcement/new` 执法立案's).
 */
export function screenPathOf(pathname: string, paths: readonly string[]): string | undefined {
  const owners = paths.filter((path) => pathname === path || pathname.startsWith(`${path}/`));
  return owners.sort((a, b) => b.length - a.length)[0];
}
