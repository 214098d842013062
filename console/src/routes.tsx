import { Result } from 'antd';
import { Navigate, createBrowserRouter } from 'react-router';
import { AppShell } from './shell/app-shell';
import { RequireRole } from './shell/require-role';
import { SCREENS, homePathOf } from './shell/role-home';
import { useSession } from './shell/session-context';

function Home() {
  const { viewer } = useSession();
  return <Navigate to={homePathOf(viewer.roles)} replace />;
}

/**
 * One route per screen, each loaded on first visit (`lazy`): a user downloads the forms of
 * their own role's screens only, and the first page stays small. Made once the session is
 * open, so it starts from the address the sign-in returned to, not from its callback's.
 */
export const createConsoleRouter = () =>
  createBrowserRouter([
    {
      path: '/',
      Component: AppShell,
      children: [
        { index: true, Component: Home },
        {
          path: SCREENS.intake.path,
          lazy: async () => {
            const { IntakePage } = await import('./intake/intake-page');
            return {
              Component: () => (
                <RequireRole roles={SCREENS.intake.roles}>
                  <IntakePage />
                </RequireRole>
              ),
            };
          },
        },
        {
          path: '/welcome',
          Component: () => (
            <Result status="info" title="欢迎使用一网统管" subTitle="您的角色的工作台即将上线。" />
          ),
        },
        {
          path: '*',
          Component: () => <Result status="404" title="页面不存在" subTitle="请从上方菜单进入。" />,
        },
      ],
    },
  ]);
