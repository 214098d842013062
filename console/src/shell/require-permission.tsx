import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from './session-context';

/**
 * A screen whose data only holders of a policy operation may read (`viewer.permissions`):
 * the API refuses the others anyway, this says so first, without asking.
 */
export function RequirePermission({
  operation,
  children,
}: {
  operation: string;
  children: ReactNode;
}) {
  const { viewer } = useSession();
  if (!viewer.permissions.includes(operation)) {
    return <Result status="403" title="无权访问" subTitle="您没有使用此功能的权限。" />;
  }
  return children;
}
