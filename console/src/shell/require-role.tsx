import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from './session-context';

/** A screen for some roles only: the API refuses the others anyway, this says so first. */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly string[];
  children: ReactNode;
}) {
  const { viewer } = useSession();
  if (!roles.some((role) => viewer.roles.includes(role))) {
    return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  }
  return children;
}
