import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { SupervisionOrderRowFragment as Order } from '../generated/graphql';
import { useSession } from '../shell/session-context';
import { SupervisionOrdersQuery } from './supervision-documents';

export interface SupervisionOrders {
  orders: readonly Order[];
  /** Only before the first answer: a reload keeps the rows shown until fresh ones arrive. */
  loading: boolean;
  error: string | null;
  reload(): void;
}

/**
 * The orders in the caller's division (only the overdue ones with `overdue`), newest first, as
 * the API lists them (at most 200). An answer older than the last request is dropped.
 */
export function useSupervisionOrders(overdue: boolean): SupervisionOrders {
  const { request } = useSession();
  const [orders, setOrders] = useState<readonly Order[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    request(SupervisionOrdersQuery, { overdue: overdue || undefined }).then(
      ({ supervisionOrders }) => {
        if (ticket !== latest.current) return;
        setOrders(supervisionOrders);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure instanceof ApiError ? failure.message : '督办单加载失败，请重试。');
        setLoading(false);
      },
    );
  }, [request, overdue]);
  useEffect(reload, [reload]);

  return { orders, loading, error, reload };
}
