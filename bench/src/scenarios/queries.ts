/** The 20-ticket list the targets are set on, the same text for every path so only the path differs. */
export const TICKET_LIST =
  '{ tickets(first: 20) { nodes { id number title status division { code name } caller { name phone masked } createdAt } } }';

export const CREATE_TICKET =
  'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status createdAt } }';

export function expectTicketCount(count: number) {
  return (data: Record<string, unknown>): string | undefined => {
    const nodes = (data['tickets'] as { nodes?: unknown[] } | undefined)?.nodes;
    return nodes?.length === count
      ? undefined
      : `expected ${count} tickets, got ${nodes?.length ?? 'none'}`;
  };
}

export function expectCreated(data: Record<string, unknown>): string | undefined {
  const created = data['createTicket'] as { id?: unknown } | undefined;
  return typeof created?.id === 'string' ? undefined : 'createTicket returned no id';
}
