import { notification } from 'antd';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { InboxChange, TypedDocumentString } from '../generated/graphql';
import { useCursorPages } from '../lists/use-cursor-pages';
import type { CursorPage, CursorPages } from '../lists/use-cursor-pages';
import { useSession } from '../shell/session-context';
import { subscribeLive } from './live-subscription';
import type { LiveStatus } from './live-subscription';

/** What an inbox event is about, as the unit is told of it. */
export interface InboxNotice {
  change: InboxChange;
  /** The record's number and a line about it (a ticket's title, a case's description). */
  text: string;
}

export interface LiveInboxOptions<Data, Row> {
  /** A page of the inbox (a stable function: a new one starts again at the first page). */
  load(after: string | undefined): Promise<CursorPage<Row>>;
  /** The inbox's subscription, resumable from a position. */
  document: TypedDocumentString<Data, { after?: string | null }>;
  positionOf(data: Data): string;
  /** The event's change and record, or null when the record can no longer be read. */
  noticeOf(data: Data): InboxNotice | null;
  /** What the inbox holds (工单, 案件), in its announcements. */
  noun: string;
}

export interface LiveInbox<Row> {
  pages: CursorPages<Row>;
  status: LiveStatus;
  /** Why the stream was refused (no unit, no permission), if it was. */
  refused: string | null;
  /** The last arrival or deadline warning, for the screen reader's live region. */
  announcement: string;
  /** Where the page renders the toasts of arrivals. */
  toastHolder: ReactElement;
}

/**
 * A handling unit's inbox kept current by its node's live stream: each event reads the page
 * shown again, and a record arriving or falling due soon is announced, visibly (a toast) and
 * to a screen reader (`announcement`). Tickets and cases alike; each says its documents.
 */
export function useLiveInbox<Data, Row>(options: LiveInboxOptions<Data, Row>): LiveInbox<Row> {
  const { accessToken } = useSession();
  const { load, document, positionOf, noticeOf, noun } = options;
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refused, setRefused] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [toast, toastHolder] = notification.useNotification();
  const pages = useCursorPages(load);
  const { reload } = pages;

  // The callers' documents and readers are module constants; only the token and page change.
  useEffect(
    () =>
      subscribeLive({
        document,
        variablesAfter: (after) => ({ after }),
        positionOf,
        accessToken,
        onStatus: setStatus,
        onRefused: setRefused,
        onEvent: (data) => {
          reload();
          const notice = noticeOf(data);
          if (!notice || (notice.change !== 'ENTERED' && notice.change !== 'DUE_SOON')) return;
          const title = notice.change === 'ENTERED' ? `新${noun}` : `${noun}即将到期`;
          setAnnouncement(`${title}：${notice.text}`);
          toast[notice.change === 'ENTERED' ? 'info' : 'warning']({
            message: title,
            description: notice.text,
            placement: 'bottomRight',
          });
        },
      }),
    [accessToken, reload, toast, document, positionOf, noticeOf, noun],
  );

  return { pages, status, refused, announcement, toastHolder };
}
