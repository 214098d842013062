import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { RouterProvider } from 'react-router';
import { router } from './routes';
import { AuthGate } from './shell/auth-gate';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <AuthGate>
          <RouterProvider router={router} />
        </AuthGate>
      </AntApp>
    </ConfigProvider>
  );
}
