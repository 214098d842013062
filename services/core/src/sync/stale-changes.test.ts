import { describe, expect, it } from 'vitest';
import { createLogger } from '@city-ops/kernel';
import { logStaleChanges } from './stale-changes.js';
import type { StaleChange } from './stale-changes.js';

/** Log lines as the node writes them, parsed. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('stale-changes-test', 'debug', {
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines };
}

const WARN = 40;

const olderVersion = (index: number): StaleChange => ({
  entity: 'hotline_ticket',
  entityId: `320100-T-${index}`,
  operation: 'UPSERT',
  incomingVersion: 1,
  heldVersion: 2,
  heldBy: 'replica',
});

describe('logStaleChanges', () => {
  it('warns once per stale change, naming the source, the row, both versions and what holds the newer one', () => {
    const { logger, lines } = recordingLogger();
    logStaleChanges(logger, '320100', [
      olderVersion(1),
      {
        entity: 'case_report',
        entityId: '320100-C-1',
        operation: 'DELETE',
        incomingVersion: 3,
        heldVersion: 4,
        heldBy: 'replica',
      },
      {
        entity: 'directive',
        entityId: '000000-D-1',
        operation: 'UPSERT',
        incomingVersion: 2,
        heldVersion: 5,
        heldBy: 'tombstone',
      },
    ]);
    expect(lines.map((line) => [line['level'], line['msg']])).toEqual([
      [
        WARN,
        'sync: skipped a version of hotline_ticket 320100-T-1 from 320100: version 1 is older than the replica held at version 2',
      ],
      [
        WARN,
        'sync: skipped a delete of case_report 320100-C-1 from 320100: version 3 is older than the replica held at version 4',
      ],
      [
        WARN,
        'sync: skipped a version of directive 000000-D-1 from 320100: version 2 is older than the delete held at version 5',
      ],
    ]);
    expect(lines[2]).toMatchObject({
      source: '320100',
      entity: 'directive',
      entityId: '000000-D-1',
      operation: 'UPSERT',
      incomingVersion: 2,
      heldVersion: 5,
      heldBy: 'tombstone',
    });
  });

  it('logs nothing when nothing was stale', () => {
    const { logger, lines } = recordingLogger();
    logStaleChanges(logger, '320100', []);
    expect(lines).toEqual([]);
  });

  it('logs ten of a batch one by one and no summary at exactly ten', () => {
    const { logger, lines } = recordingLogger();
    logStaleChanges(
      logger,
      '320100',
      Array.from({ length: 10 }, (_, index) => olderVersion(index)),
    );
    expect(lines.map((line) => line['entityId'])).toEqual(
      Array.from({ length: 10 }, (_, index) => `320100-T-${index}`),
    );
  });

  it('logs ten of a larger batch one by one, then one line counting the rest', () => {
    const { logger, lines } = recordingLogger();
    logStaleChanges(
      logger,
      '320100',
      Array.from({ length: 13 }, (_, index) => olderVersion(index)),
    );
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 10).map((line) => line['entityId'])).toEqual(
      Array.from({ length: 10 }, (_, index) => `320100-T-${index}`),
    );
    expect(lines[10]).toMatchObject({
      level: WARN,
      source: '320100',
      stale: 13,
      unlogged: 3,
      msg: 'sync: skipped 3 more changes from 320100 older than what this node holds',
    });
  });
});
