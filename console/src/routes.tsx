import { Result } from 'antd';
import type { ComponentType } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { AppShell } from './shell/app-shell';
import { RequireRole } from './shell/require-role';
import { SCREENS, homePathOf } from './shell/role-home';
import { useSession } from './shell/session-context';

function Home() {
  const { viewer } = useSession();
  return <Navigate to={homePathOf(viewer.roles)} replace />;
}

/** A menu screen, loaded on first visit and shown only to its roles. */
function screenRoute(
  screen: { path: string; roles: readonly string[] },
  load: () => Promise<ComponentType>,
): RouteObject {
  return {
    path: screen.path,
    lazy: async () => {
      const Screen = await load();
      return {
        Component: () => (
          <RequireRole roles={screen.roles}>
            <Screen />
          </RequireRole>
        ),
      };
    },
  };
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
        screenRoute(SCREENS.intake, async () => (await import('./intake/intake-page')).IntakePage),
        screenRoute(
          SCREENS.dispatch,
          async () => (await import('./tickets/dispatch-queue-page')).DispatchQueuePage,
        ),
        screenRoute(
          SCREENS.inbox,
          async () => (await import('./tickets/unit-inbox-page')).UnitInboxPage,
        ),
        screenRoute(
          SCREENS.callbacks,
          async () => (await import('./tickets/callback-queue-page')).CallbackQueuePage,
        ),
        screenRoute(
          SCREENS.myTickets,
          async () => (await import('./tickets/my-tickets-page')).MyTicketsPage,
        ),
        screenRoute(
          SCREENS.enforcement,
          async () => (await import('./enforcement/enforcement-list-page')).EnforcementListPage,
        ),
        screenRoute(
          SCREENS.enforcementFiling,
          async () => (await import('./enforcement/enforcement-filing-page')).EnforcementFilingPage,
        ),
        screenRoute(
          SCREENS.reportCase,
          async () => (await import('./cases/report-case-page')).ReportCasePage,
        ),
        screenRoute(
          SCREENS.cases,
          async () => (await import('./cases/case-queue-page')).CaseQueuePage,
        ),
        screenRoute(
          SCREENS.caseInbox,
          async () => (await import('./cases/case-inbox-page')).CaseInboxPage,
        ),
        screenRoute(SCREENS.search, async () => (await import('./tickets/search-page')).SearchPage),
        screenRoute(
          // The menu opens the current month; a month of the address opens that one.
          { ...SCREENS.monthlyReport, path: `${SCREENS.monthlyReport.path}/:month?` },
          async () => (await import('./reports/monthly-report-page')).MonthlyReportPage,
        ),
        screenRoute(
          SCREENS.directives,
          async () => (await import('./directives/directives-page')).DirectivesPage,
        ),
        {
          // The overview of any division inside the viewer's (`/overview` is their own).
          ...screenRoute(
            SCREENS.overview,
            async () => (await import('./indicators/overview-page')).OverviewPage,
          ),
          path: `${SCREENS.overview.path}/:division?`,
        },
        {
          // Not in the menu: reached from a number; the page checks indicator.read itself.
          path: '/indicators/records',
          lazy: async () => ({
            Component: (await import('./indicators/indicator-records-page')).IndicatorRecordsPage,
          }),
        },
        screenRoute(
          SCREENS.sync,
          async () => (await import('./operations/sync-status-page')).SyncStatusPage,
        ),
        screenRoute(
          SCREENS.audit,
          async () => (await import('./operations/audit-log-page')).AuditLogPage,
        ),
        screenRoute(
          SCREENS.calendar,
          async () => (await import('./operations/calendar-page')).CalendarPage,
        ),
        screenRoute(
          SCREENS.provinceRecords,
          async () => (await import('./supervision/province-records-page')).ProvinceRecordsPage,
        ),
        screenRoute(
          SCREENS.supervision,
          async () => (await import('./supervision/supervision-page')).SupervisionPage,
        ),
        screenRoute(
          SCREENS.supervisionInbox,
          async () => (await import('./supervision/supervision-inbox-page')).SupervisionInboxPage,
        ),
        {
          // Any signed-in user may open a record: the API shows what they may see of it.
          path: '/records/:number',
          lazy: async () => ({ Component: (await import('./records/record-page')).RecordPage }),
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
