import { Kind, print, visit } from 'graphql';
import type { DocumentNode, FieldNode } from 'graphql';
import { mergePages, SORT_KEYS, withSortKeys } from './fan-out-connection.js';

/** A field the client selected, under the key its answer carries (its alias, else its name). */
interface Selected {
  key: string;
  name: string;
}

/**
 * The client's selection on a list's connection, when the gateway can rebuild it from
 * the nodes' JSON: only `edges`, `nodes`, `pageInfo { hasNextPage endCursor }` and
 * `__typename`, as plain fields (no fragments or directives at this level; anything
 * below edges and nodes is the nodes' business).
 */
export interface ConnectionShape {
  fields: (Selected & { pageInfo?: Selected[] })[];
}

const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

const plainFields = (field: FieldNode): FieldNode[] | undefined => {
  const selections = field.selectionSet?.selections ?? [];
  const fields = selections.filter(
    (selection): selection is FieldNode =>
      selection.kind === Kind.FIELD && (selection.directives?.length ?? 0) === 0,
  );
  return fields.length === selections.length ? fields : undefined;
};

/** The shape of `listField`'s connection selection, or undefined when the merge cannot rebuild it. */
export function connectionShape(listField: FieldNode): ConnectionShape | undefined {
  const fields = plainFields(listField);
  if (!fields) return undefined;
  const shape: ConnectionShape = { fields: [] };
  for (const field of fields) {
    const name = field.name.value;
    if (name === 'edges' || name === 'nodes' || name === '__typename') {
      shape.fields.push({ key: keyOf(field), name });
    } else if (name === 'pageInfo') {
      const pageFields = plainFields(field);
      if (
        !pageFields ||
        pageFields.some(
          (page) => !['hasNextPage', 'endCursor', '__typename'].includes(page.name.value),
        )
      ) {
        return undefined;
      }
      shape.fields.push({
        key: keyOf(field),
        name,
        pageInfo: pageFields.map((page) => ({ key: keyOf(page), name: page.name.value })),
      });
    } else {
      return undefined;
    }
  }
  return shape;
}

/** The text every node is sent: the client's document with the merge keys selected on `listField`. */
export function fanOutText(document: DocumentNode, listField: FieldNode): string {
  return print(
    visit(document, {
      Field: (node) => (node === listField ? withSortKeys(node) : undefined),
    }),
  );
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One page merged from every node's answer to `fanOutText`, in the order the nodes'
 * cursors carry (`mergePages`, which stitching's fanOutConnection uses too) — or
 * undefined when an answer is not a clean page (errors, no data, a null list), which the stitched path then handles.
 */
export function mergeFanOutAnswers(
  answers: readonly unknown[],
  responseKey: string,
  shape: ConnectionShape,
  first: number,
): Json | undefined {
  const connections: Json[] = [];
  for (const answer of answers) {
    if (!isObject(answer) || answer['errors'] !== undefined || !isObject(answer['data'])) {
      return undefined;
    }
    const connection = answer['data'][responseKey];
    if (!isObject(connection) || !Array.isArray(connection[SORT_KEYS])) return undefined;
    connections.push(connection);
  }
  const { order, pageInfo: merge } = mergePages(connections, first);
  const pageInfo: Json = { ...merge, __typename: 'PageInfo' };

  const merged: Json = {};
  for (const field of shape.fields) {
    if (field.name === 'pageInfo') {
      merged[field.key] = Object.fromEntries(
        field.pageInfo!.map((selected) => [selected.key, pageInfo[selected.name]]),
      );
    } else if (field.name === '__typename') {
      merged[field.key] = connections[0]![field.key];
    } else {
      merged[field.key] = order.map(
        ({ part, index }) => (connections[part]![field.key] as unknown[])[index],
      );
    }
  }
  return { data: { [responseKey]: merged } };
}
