import { parse } from 'graphql';
import type { FieldNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@city-ops/kernel';
import { connectionShape, fanOutText, mergeFanOutAnswers } from './forwarded-fan-out.js';

const document = parse(
  '{ list: tickets(first: 2) { nodes { id } info: pageInfo { endCursor hasNextPage } } }',
);
const listField = (document.definitions[0] as OperationDefinitionNode).selectionSet
  .selections[0] as FieldNode;
const shape = connectionShape(listField)!;

const cursor = (createdAt: string, id: string) =>
  encodeCursor({ sort: { by: 'CREATED_AT', direction: 'DESC' }, value: createdAt, id });

/** A node's answer to the fanned-out text: its page, with the merge keys. */
const page = (rows: [string, string][], hasNextPage: boolean) => ({
  data: {
    list: {
      nodes: rows.map(([, id]) => ({ id })),
      info: { endCursor: rows.length ? cursor(...rows.at(-1)!) : null, hasNextPage },
      __gatewayKeys: rows.map((row) => ({ cursor: cursor(...row) })),
      __gatewayPage: { hasNextPage },
    },
  },
});

describe('forwarded fan-out', () => {
  it('asks every node for the merge keys besides the client’s selection', () => {
    const text = fanOutText(document, listField);
    expect(text).toContain('__gatewayKeys: edges {\n      cursor\n    }');
    expect(text).toContain('__gatewayPage: pageInfo {\n      hasNextPage\n    }');
    expect(text).toContain('info: pageInfo {');
  });

  it('merges the pages newest first across nodes, keeping the client’s keys and nothing else', () => {
    const a = page(
      [
        ['2026-11-21T10:00:00.000Z', '320100-a'],
        ['2026-11-21T08:00:00.000Z', '320100-b'],
      ],
      true,
    );
    const b = page([['2026-11-21T09:00:00.000Z', '320200-c']], false);
    expect(mergeFanOutAnswers([a, b], 'list', shape, 2)).toEqual({
      data: {
        list: {
          nodes: [{ id: '320100-a' }, { id: '320200-c' }],
          info: { endCursor: cursor('2026-11-21T09:00:00.000Z', '320200-c'), hasNextPage: true },
        },
      },
    });
    const ended = mergeFanOutAnswers([page([], false), b], 'list', shape, 2);
    expect(ended).toEqual({
      data: {
        list: {
          nodes: [{ id: '320200-c' }],
          info: { endCursor: cursor('2026-11-21T09:00:00.000Z', '320200-c'), hasNextPage: false },
        },
      },
    });
  });

  it('gives up on any answer that is not a clean page, for stitching to handle', () => {
    const good = page([['2026-11-21T09:00:00.000Z', '320200-c']], false);
    expect(
      mergeFanOutAnswers([good, { ...good, errors: [{ message: 'no' }] }], 'list', shape, 2),
    ).toBeUndefined();
    expect(mergeFanOutAnswers([good, { data: null }], 'list', shape, 2)).toBeUndefined();
    expect(mergeFanOutAnswers([good, { data: { list: null } }], 'list', shape, 2)).toBeUndefined();
  });
});
