import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import { IdempotentDraft } from './idempotent-submit';

/** Keys key-1, key-2, … so a test can say which one was sent. */
const counting = () => {
  let next = 0;
  return () => `key-${++next}`;
};

describe('the idempotency key of a ticket being taken down', () => {
  it('is sent again by the retry after a lost answer, and renewed after a created ticket', async () => {
    const draft = new IdempotentDraft(counting());
    const sent: string[] = [];
    await expect(
      draft.submit(async (key) => {
        sent.push(key);
        throw new ApiError(NETWORK_ERROR, '未收到服务器的答复。');
      }),
    ).rejects.toThrow('未收到服务器的答复。');
    const created = await draft.submit(async (key) => {
      sent.push(key);
      return { number: '32010020261205000001' };
    });
    expect(created.number).toBe('32010020261205000001');
    await draft.submit(async (key) => void sent.push(key));
    expect(sent).toEqual(['key-1', 'key-1', 'key-2']);
  });

  it('is kept after a refused field, so the corrected draft is still one ticket', async () => {
    const draft = new IdempotentDraft(counting());
    const sent: string[] = [];
    await draft
      .submit(async (key) => {
        sent.push(key);
        throw new ApiError('BAD_USER_INPUT', '标题不能为空。', [
          { field: 'input.title', message: '标题不能为空。' },
        ]);
      })
      .catch(() => undefined);
    await draft.submit(async (key) => void sent.push(key));
    expect(sent).toEqual(['key-1', 'key-1']);
  });

  it('sends a double click once: the second submit shares the first one’s answer', async () => {
    const draft = new IdempotentDraft(counting());
    let sends = 0;
    let answer!: (value: string) => void;
    const send = () => {
      sends += 1;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    const first = draft.submit(send);
    const second = draft.submit(send);
    answer('32010020261205000002');
    expect(await Promise.all([first, second])).toEqual([
      '32010020261205000002',
      '32010020261205000002',
    ]);
    expect(sends).toBe(1);
  });
});
