import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';

/** One page of a connection as a list shows it. */
export interface CursorPage<Row> {
  rows: readonly Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface CursorPages<Row> {
  rows: readonly Row[];
  loading: boolean;
  error: string | null;
  /** 1 for the first page. */
  pageNumber: number;
  hasNext: boolean;
  next(): void;
  previous(): void;
  /** Loads the page shown again (after a write, or a live event), in place. */
  reload(): void;
}

/**
 * A list paged with the API's cursors: forward with the last page's `endCursor`, back by
 * the cursors already seen (a connection has no backward cursor). A new `load` (a changed
 * filter) starts again at the first page; an answer that arrives after a newer request
 * was made is dropped, so a slow page never overwrites a fresh one.
 */
export function useCursorPages<Row>(
  load: (after: string | undefined) => Promise<CursorPage<Row>>,
): CursorPages<Row> {
  /** The `after` of each page reached so far: undefined for the first. */
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<CursorPage<Row> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  useEffect(() => setCursors([undefined]), [load]);

  const after = cursors.at(-1);
  /** The page last asked for: asking it again (reload) refreshes it in place, without a spinner. */
  const shown = useRef<{ load: unknown; after: string | undefined } | null>(null);
  useEffect(() => {
    const ticket = ++latest.current;
    const samePage = shown.current?.load === load && shown.current.after === after;
    shown.current = { load, after };
    // A live event reloads the page shown many times a day: the rows stay as they are until
    // the fresh ones arrive, rather than fading under a spinner each time.
    if (!samePage) setLoading(true);
    load(after).then(
      (answer) => {
        if (ticket !== latest.current) return;
        setPage(answer);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure instanceof ApiError ? failure.message : '列表加载失败，请重试。');
        setLoading(false);
      },
    );
  }, [load, after, reloads]);

  const next = useCallback(() => {
    if (page?.hasNextPage && page.endCursor) {
      const cursor = page.endCursor;
      setCursors((current) => [...current, cursor]);
    }
  }, [page]);
  const previous = useCallback(
    () => setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current)),
    [],
  );
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  return {
    rows: page?.rows ?? [],
    loading,
    error,
    pageNumber: cursors.length,
    hasNext: Boolean(page?.hasNextPage),
    next,
    previous,
    reload,
  };
}
