/** The screens of the console and the roles that work in them. */
export const SCREENS = {
  intake: { path: '/intake', title: '工单受理', roles: ['hotline-agent', 'dispatcher'] },
} as const;

/** The first screen for a user with `roles`, or the placeholder of roles with none yet. */
export function homePathOf(roles: readonly string[]): string {
  for (const screen of Object.values(SCREENS)) {
    if (screen.roles.some((role) => roles.includes(role))) return screen.path;
  }
  return '/welcome';
}
