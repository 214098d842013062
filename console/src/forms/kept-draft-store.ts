/** The part of Web Storage a kept draft needs (sessionStorage in the browser). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Every kept draft's storage key starts with this: nothing else the console stores (the
 * sign-in's `oidc.` entries above all) can be read, overwritten or cleared as a draft.
 */
export const KEPT_DRAFT_PREFIX = 'console.draft:';

/** One form's key: per user, so a colleague signing in at the same tab never sees it. */
export function keptDraftKey(username: string, form: string): string {
  return `${KEPT_DRAFT_PREFIX}${username}:${form}`;
}

/** The values kept under `key`, or undefined when none (or not readable: a draft is a convenience). */
export function readKeptDraft<Values extends object>(
  storage: DraftStorage,
  key: string,
): Partial<Values> | undefined {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    const values: unknown = JSON.parse(text);
    return typeof values === 'object' && values !== null && !Array.isArray(values)
      ? (values as Partial<Values>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** True for a value worth keeping: typed text, a choice, a ticked box — not an empty field. */
function holdsSomething(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(holdsSomething);
  return true;
}

/**
 * Keeps a form's values under `key` (JSON); a form holding nothing is removed instead. A full
 * storage (quota) loses the draft, never the form: the user is still typing.
 */
export function writeKeptDraft(storage: DraftStorage, key: string, values: object): void {
  if (!holdsSomething(values)) {
    storage.removeItem(key);
    return;
  }
  try {
    storage.setItem(key, JSON.stringify(values));
  } catch {
    storage.removeItem(key);
  }
}

/** Forgets every kept draft (signing out). */
export function clearKeptDrafts(storage: DraftStorage): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(KEPT_DRAFT_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
