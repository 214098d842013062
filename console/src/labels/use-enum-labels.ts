import { useEffect, useState } from 'react';
import { graphql } from '../generated/gql';
import type { GraphQLRequest } from '../api/graphql-client';
import type { EnumLabel } from './enum-options';

const EnumLabelsQuery = graphql(`
  query EnumLabels($enums: [String!]) {
    enumLabels(enums: $enums) {
      enum
      value
      label
    }
  }
`);

/** Labels asked once per set of enums for the life of the page: they change only with a release. */
const asked = new Map<string, Promise<readonly EnumLabel[]>>();

/**
 * The API's words for the values of `enums` (Chinese by default), or an empty list until
 * they arrive: a screen shows codes for a moment rather than wait for its labels.
 */
export function useEnumLabels(
  request: GraphQLRequest,
  enums: readonly string[],
): readonly EnumLabel[] {
  const key = [...enums].sort().join(',');
  const [labels, setLabels] = useState<readonly EnumLabel[]>([]);
  useEffect(() => {
    let answer = asked.get(key);
    if (!answer) {
      answer = request(EnumLabelsQuery, { enums: key.split(',') }).then((data) => data.enumLabels);
      // A failed ask is asked again by the next screen rather than remembered.
      answer.catch(() => asked.delete(key));
      asked.set(key, answer);
    }
    let current = true;
    answer.then(
      (found) => current && setLabels(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request, key]);
  return labels;
}
