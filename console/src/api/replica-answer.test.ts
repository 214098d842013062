import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { acceptingReplicaAnswer } from './replica-answer';

describe('accepting a replica answer', () => {
  it('passes a live answer through without a note', async () => {
    await expect(acceptingReplicaAnswer(Promise.resolve({ tickets: 1 }))).resolves.toEqual({
      data: { tickets: 1 },
      note: null,
    });
  });

  it('takes the data a replica answered instead, with the gateway’s note', async () => {
    const failure = new ApiError('NODE_UNAVAILABLE', '南京市节点未应答', [], { tickets: 2 });
    await expect(acceptingReplicaAnswer(Promise.reject(failure))).resolves.toEqual({
      data: { tickets: 2 },
      note: '南京市节点未应答',
    });
  });

  it('throws any other failure', async () => {
    const failure = new ApiError('FORBIDDEN', '无权查看');
    await expect(acceptingReplicaAnswer(Promise.reject(failure))).rejects.toBe(failure);
  });
});
