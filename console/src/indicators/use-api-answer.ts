import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';

export interface ApiAnswer<Data> {
  data: Data | null;
  loading: boolean;
  /** The API's message (never a stack), or null. */
  error: string | null;
}

/**
 * The answer of one read, asked again whenever `load` changes (memoise it on its
 * variables); an answer that arrives after a newer ask is dropped, so changing the
 * period quickly never shows an older period's numbers.
 */
export function useApiAnswer<Data>(load: (() => Promise<Data>) | null): ApiAnswer<Data> {
  const [answer, setAnswer] = useState<ApiAnswer<Data>>({
    data: null,
    loading: load !== null,
    error: null,
  });
  useEffect(() => {
    if (!load) {
      setAnswer({ data: null, loading: false, error: null });
      return;
    }
    let current = true;
    setAnswer((previous) => ({ ...previous, loading: true, error: null }));
    load().then(
      (data) => current && setAnswer({ data, loading: false, error: null }),
      (failure: unknown) =>
        current &&
        setAnswer({
          data: null,
          loading: false,
          error: failure instanceof ApiError ? failure.message : '加载失败，请重试。',
        }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return answer;
}
