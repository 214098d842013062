import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createConsoleRouter } from './routes';
import { AuthGate } from './shell/auth-gate';
import { CONSOLE_THEME } from './shell/console-theme';

dayjs.locale('zh-cn');

/** The console's routes, made when the signed-in session is ready (routes.tsx). */
function ConsoleRoutes() {
  const [router] = useState(createConsoleRouter);
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={CONSOLE_THEME}>
      <AntApp>
        <AuthGate>
          <ConsoleRoutes />
        </AuthGate>
      </AntApp>
    </ConfigProvider>
  );
}
