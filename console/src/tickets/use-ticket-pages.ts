import { useCallback } from 'react';
import type { GraphQLRequest } from '../api/graphql-client';
import type { TicketFilter, TicketRowFragment, TicketSort } from '../generated/graphql';
import { useCursorPages } from '../lists/use-cursor-pages';
import type { CursorPages } from '../lists/use-cursor-pages';
import { TicketListQuery } from './ticket-documents';

/** How many tickets a desk list shows at once. */
export const PAGE_SIZE = 20;

/**
 * A paged list of the city's tickets matching `filter`. `filterKey` names the filter (a
 * tab, a search): a new key starts again at the first page.
 */
export function useTicketPages(
  request: GraphQLRequest,
  filterKey: string,
  filter: TicketFilter,
  sort?: TicketSort,
): CursorPages<TicketRowFragment> {
  // The filter object is rebuilt on every render; its key says when it really changed.
  const load = useCallback(
    (after: string | undefined) =>
      request(TicketListQuery, { filter, sort, first: PAGE_SIZE, after }).then(({ tickets }) => ({
        rows: tickets.nodes,
        hasNextPage: tickets.pageInfo.hasNextPage,
        endCursor: tickets.pageInfo.endCursor,
      })),
    [request, filterKey],
  );
  return useCursorPages(load);
}
