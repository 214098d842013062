import { describe, expect, it } from 'vitest';
import { clearKeptDrafts, keptDraftKey, readKeptDraft, writeKeptDraft } from './kept-draft-store';
import type { DraftStorage } from './kept-draft-store';

/** Web Storage's contract over a Map, as sessionStorage keeps it in a tab. */
class MemoryStorage implements DraftStorage {
  readonly #items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

const intake = keptDraftKey('agent.320100', 'intake');

describe('a kept form draft', () => {
  it('gives back the values written, nested fields and cascader paths included', () => {
    const storage = new MemoryStorage();
    const values = {
      division: ['320100', '320106'],
      title: '路口井盖',
      caller: { phone: '1391234', confidential: false },
    };
    writeKeptDraft(storage, intake, values);
    expect(readKeptDraft(storage, intake)).toEqual(values);
  });

  it('is per user and per form', () => {
    const storage = new MemoryStorage();
    writeKeptDraft(storage, intake, { title: '井盖' });
    expect(readKeptDraft(storage, keptDraftKey('agent.320200', 'intake'))).toBeUndefined();
    expect(readKeptDraft(storage, keptDraftKey('agent.320100', 'answer'))).toBeUndefined();
  });

  it('is removed when the form holds nothing any more', () => {
    const storage = new MemoryStorage();
    writeKeptDraft(storage, intake, { title: '井盖' });
    writeKeptDraft(storage, intake, { title: '', caller: { phone: undefined }, category: [] });
    expect(storage.getItem(intake)).toBeNull();
  });

  it('reads an unreadable entry as no draft rather than failing the screen', () => {
    const storage = new MemoryStorage();
    storage.setItem(intake, '{"title": "井');
    expect(readKeptDraft(storage, intake)).toBeUndefined();
    storage.setItem(intake, '["a"]');
    expect(readKeptDraft(storage, intake)).toBeUndefined();
  });

  it('drops the draft, never throws, when the storage is full', () => {
    const storage = new MemoryStorage(20);
    writeKeptDraft(storage, intake, { title: '井盖' });
    expect(() => writeKeptDraft(storage, intake, { title: '井盖'.repeat(50) })).not.toThrow();
    expect(storage.getItem(intake)).toBeNull();
  });

  it('clears every draft on sign-out and leaves the sign-in entries alone', () => {
    const storage = new MemoryStorage();
    const signInEntry = 'oidc.user:http://127.0.0.1/realms/city-ops:city-ops-console';
    storage.setItem(signInEntry, '{}');
    writeKeptDraft(storage, intake, { title: '井盖' });
    writeKeptDraft(storage, keptDraftKey('agent.320100', 'answer'), { reply: '已修复' });
    clearKeptDrafts(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem(signInEntry)).toBe('{}');
  });
});
