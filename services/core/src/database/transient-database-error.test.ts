import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { isServerReportedFailure, transientKindOf } from './transient-database-error.js';

function databaseError(code: string, severity = 'ERROR'): pg.DatabaseError {
  const error = new pg.DatabaseError('from the server', 0, 'error');
  error.code = code;
  error.severity = severity;
  return error;
}

const socketError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('transient database failures', () => {
  it.each([
    ['08006', 'connection'],
    ['08001', 'connection'],
    ['57P01', 'connection'],
    ['57P02', 'connection'],
    ['57P03', 'connection'],
    ['53300', 'connection'],
    ['40001', 'rolled-back'],
    ['40P01', 'rolled-back'],
  ] as const)('SQLSTATE %s is %s', (code, kind) => {
    expect(transientKindOf(databaseError(code))).toBe(kind);
  });

  it.each(['23505', '42501', '22P02', '53100', '57014', 'P0001'])(
    'SQLSTATE %s is not transient (the request itself is at fault, or retrying does not help)',
    (code) => {
      expect(transientKindOf(databaseError(code))).toBeUndefined();
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
    'Query read timeout',
  ])("pg's '%s' (no SQLSTATE) is a connection failure", (message) => {
    expect(transientKindOf(new Error(message))).toBe('connection');
  });

  it('sees socket errors through cause chains and AggregateErrors', () => {
    expect(transientKindOf(socketError('ECONNREFUSED'))).toBe('connection');
    expect(transientKindOf(new Error('wrapped', { cause: socketError('ECONNRESET') }))).toBe(
      'connection',
    );
    expect(
      transientKindOf(
        new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]),
      ),
    ).toBe('connection');
    expect(transientKindOf(new Error('relation "x" does not exist'))).toBeUndefined();
    expect(transientKindOf(socketError('ENOENT'))).toBeUndefined();
    expect(transientKindOf(undefined)).toBeUndefined();
  });

  it('tells a statement the server refused (no effect) from a connection that failed (unknown)', () => {
    expect(isServerReportedFailure(databaseError('40001'))).toBe(true);
    expect(isServerReportedFailure(databaseError('23505'))).toBe(true);
    expect(isServerReportedFailure(databaseError('57P01', 'FATAL'))).toBe(false);
    expect(isServerReportedFailure(databaseError('08006'))).toBe(false);
    expect(isServerReportedFailure(socketError('EPIPE'))).toBe(false);
    expect(isServerReportedFailure(new Error('Connection terminated unexpectedly'))).toBe(false);
  });
});
