import type { FormInstance } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useSession } from '../shell/session-context';
import { keptDraftKey, readKeptDraft, writeKeptDraft } from './kept-draft-store';

export interface KeptDraft<Values> {
  /** The form's `onValuesChange`: keeps every change as it is typed. */
  keep(changed: unknown, values: Values): void;
  /** After a successful submit or a reset: the draft is done. */
  clear(): void;
}

/**
 * Keeps an antd form's values in sessionStorage under `form` (a name per screen or dialog,
 * e.g. `intake`, `ticket-action:answer`) while the user types, and puts them back when the
 * form is shown again — after a session expired and the user signed in again, or a reload.
 * sessionStorage is the tab's own: another tab has its own drafts, and they go with the tab.
 * `ready` says the form is mounted (antd can only set the values of a rendered form).
 */
export function useKeptDraft<Values extends object>(
  form: FormInstance<Values>,
  name: string,
  ready: boolean,
  /** Fields not kept: chosen files, which storage cannot hold (the user picks them again). */
  notKept: readonly string[] = [],
): KeptDraft<Values> {
  const { viewer } = useSession();
  const key = keptDraftKey(viewer.username, name);
  const restored = useRef(false);

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const values = readKeptDraft<Values>(window.sessionStorage, key);
    if (values) form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
  }, [ready, key, form]);

  return useMemo(
    () => ({
      keep: (_changed, values) =>
        writeKeptDraft(
          window.sessionStorage,
          key,
          Object.fromEntries(
            Object.entries(values).filter(([field]) => !notKept.includes(field)),
          ) as Values,
        ),
      clear: () => window.sessionStorage.removeItem(key),
    }),
    [key, notKept],
  );
}
