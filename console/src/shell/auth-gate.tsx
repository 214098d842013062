import { Alert, Button, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { UNAUTHENTICATED, createGraphQLRequest } from '../api/graphql-client';
import { ApiError } from '../api/api-error';
import { CALLBACK_PATH, createSignIn } from '../auth/sign-in';
import type { SignIn } from '../auth/sign-in';
import { loadConsoleConfig } from '../console-config';
import { clearKeptDrafts } from '../forms/kept-draft-store';
import { SessionQuery } from './session-documents';
import { SessionContext } from './session-context';
import type { Session } from './session-context';

type GateState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; session: Session };

const centered = { display: 'grid', placeItems: 'center', minHeight: '100vh' } as const;

/** Loads the configuration, signs the user in (or completes a sign-in) and asks who they are. */
async function openSession(): Promise<Session | 'redirected'> {
  const config = await loadConsoleConfig();
  const signIn: SignIn = createSignIn(config);
  const path = window.location.pathname;
  if (path === CALLBACK_PATH) {
    const returnTo = await signIn.complete();
    window.history.replaceState(null, '', returnTo);
  }
  const user = await signIn.current();
  if (!user) {
    await signIn.start(`${window.location.pathname}${window.location.search}`);
    return 'redirected';
  }
  const here = () => `${window.location.pathname}${window.location.search}`;
  // Whenever the session ends during work: the login page, then back to the same screen. What
  // was being typed is kept by the screen's form (useKeptDraft), not here.
  const reauthenticate = () => void signIn.reauthenticate(here());
  signIn.onRenewalRefused(reauthenticate);
  const request = createGraphQLRequest(() => signIn.accessToken(), reauthenticate);
  try {
    const { me, nodeInfo } = await request(SessionQuery);
    return {
      viewer: me,
      displayName: user.name ?? me.username,
      timeZone: nodeInfo.timeZone,
      request,
      accessToken: signIn.accessToken,
      signOut: () => {
        // A shared desk: the next person must not find this one's half-typed forms.
        clearKeptDrafts(window.sessionStorage);
        return signIn.signOut();
      },
    };
  } catch (error) {
    // A token the API no longer accepts: the request is already on its way to the login page.
    if (error instanceof ApiError && error.code === UNAUTHENTICATED) return 'redirected';
    throw error;
  }
}

/**
 * One session opening at a time: React's development StrictMode runs an effect twice, and a
 * sign-in callback can be completed only once (its state is consumed by the first).
 */
let opening: Promise<Session | 'redirected'> | undefined;
const openSessionOnce = (retry: boolean) => {
  if (retry || !opening) opening = openSession();
  return opening;
};

/** Renders `children` for a signed-in user only; says what went wrong otherwise. */
export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const open = useCallback((retry: boolean) => {
    setState({ kind: 'loading' });
    openSessionOnce(retry).then(
      (session) => {
        if (session !== 'redirected') setState({ kind: 'ready', session });
      },
      (error: unknown) =>
        setState({
          kind: 'failed',
          message:
            error instanceof ApiError
              ? error.message
              : '无法连接统一身份认证服务，请稍后重试；如持续失败请联系系统管理员。',
        }),
    );
  }, []);
  useEffect(() => open(false), [open]);

  if (state.kind === 'loading') {
    return (
      <div style={centered}>
        <Spin size="large" tip="正在登录…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div style={centered}>
        <Alert
          type="error"
          showIcon
          title="登录失败"
          description={state.message}
          action={<Button onClick={() => open(true)}>重试</Button>}
        />
      </div>
    );
  }
  return <SessionContext.Provider value={state.session}>{children}</SessionContext.Provider>;
}
