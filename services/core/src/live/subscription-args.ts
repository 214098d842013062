import { checkFeedPosition } from '../sync/change-feed.js';
import type { RequestContext } from '../node-context.js';

/** A yoga request context carries the request; its signal ends when the client goes away. */
export type SubscriptionContext = RequestContext & { request?: Request };

/** A stream's `after`, checked as the sync feed checks a position (absent: from now on). */
export const afterOf = (after: string | null | undefined): string | undefined =>
  after === null || after === undefined ? undefined : checkFeedPosition('after', after);
