/** The realm's roles as a console user reads them, and each role's first screen. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  'hotline-agent': '话务员',
  dispatcher: '派单员',
  'handling-unit': '承办单位',
  inspector: '监督员',
  'enforcement-officer': '执法人员',
  'legal-reviewer': '法制审核员',
  'city-supervisor': '市级督查员',
  'provincial-supervisor': '省级督查员',
  'ministry-analyst': '部级分析员',
  auditor: '审计员',
};

/** The roles of `roles` the console knows, in the order of ROLE_LABELS, as labels. */
export function roleLabelsOf(roles: readonly string[]): string[] {
  return Object.keys(ROLE_LABELS)
    .filter((role) => roles.includes(role))
    .map((role) => ROLE_LABELS[role]!);
}
