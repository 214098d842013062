import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabelsOf } from '../labels/role-labels';
import { SCREENS, screenPathOf } from './role-home';
import { useSession } from './session-context';

/** The frame of every screen: who is signed in, their screens, and 退出登录. */
export function AppShell() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Object.values(SCREENS).filter((screen) =>
    screen.roles.some((role) => session.viewer.roles.includes(role)),
  );
  const selected = screenPathOf(
    location.pathname,
    screens.map((screen) => screen.path),
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
          一网统管 · {session.viewer.division.name}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          style={{ flex: 1, minWidth: 0 }}
          selectedKeys={selected ? [selected] : []}
          items={screens.map((screen) => ({ key: screen.path, label: screen.title }))}
          onClick={({ key }) => void navigate(key)}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
            {session.displayName}
          </Typography.Text>
          {roleLabelsOf(session.viewer.roles).map((label) => (
            <Tag key={label} color="blue">
              {label}
            </Tag>
          ))}
          <Button size="small" onClick={() => void session.signOut()}>
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
