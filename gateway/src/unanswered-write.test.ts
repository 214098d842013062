import { describe, expect, it } from 'vitest';
import { unavailableCauseOf } from './node-unavailable-log.js';
import { neverDelivered, unansweredWrite } from './unanswered-write.js';

const socketError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('neverDelivered', () => {
  it("finds a refused connection where either path reports it: on node:http's error, or under fetch's", () => {
    expect(neverDelivered(socketError('ECONNREFUSED'))).toBe(true);
    expect(
      neverDelivered(new TypeError('fetch failed', { cause: socketError('ECONNREFUSED') })),
    ).toBe(true);
    expect(
      neverDelivered(
        new TypeError('fetch failed', {
          cause: new AggregateError([socketError('ENOTFOUND')], 'getaddrinfo'),
        }),
      ),
    ).toBe(true);
  });

  it('is false for a connection that was made and then lost: the write may have arrived', () => {
    expect(neverDelivered(socketError('ECONNRESET'))).toBe(false);
    expect(
      neverDelivered(new TypeError('fetch failed', { cause: socketError('UND_ERR_SOCKET') })),
    ).toBe(false);
    expect(
      neverDelivered(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ).toBe(false);
  });
});

describe('unansweredWrite', () => {
  it('tells the client to retry with the same idempotencyKey, and keeps the cause for the log only', () => {
    const error = unansweredWrite('city-320100', '320100', 'ECONNRESET');
    expect(error.extensions).toMatchObject({
      code: 'NODE_UNAVAILABLE',
      node: '320100',
      retryWithSameIdempotencyKey: true,
    });
    expect(error.message).toContain('may or may not have been applied');
    expect(error.message).toContain('same idempotencyKey');
    expect(error.message).not.toContain('ECONNRESET');
    expect(unavailableCauseOf(error)).toBe('ECONNRESET');
  });
});
