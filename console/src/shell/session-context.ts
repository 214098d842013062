import { createContext, useContext } from 'react';
import type { GraphQLRequest } from '../api/graphql-client';
import type { SessionQuery } from '../generated/graphql';

/** The signed-in user's session, for every screen below the shell. */
export interface Session {
  viewer: SessionQuery['me'];
  /** The person's name when the identity provider gave one, else the username. */
  displayName: string;
  /** nodeInfo.timeZone: the zone every time is shown in. */
  timeZone: string;
  request: GraphQLRequest;
  /** The current access token (refreshed silently), for the live streams' requests. */
  accessToken(): Promise<string | undefined>;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}
