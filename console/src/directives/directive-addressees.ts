/** A division as `divisions` gives it, with its children. */
export interface DivisionNode {
  code: string;
  name: string;
  level: string;
  children?: readonly { code: string; name: string; level: string }[];
}

/** One response of `Directive.responses`. */
export interface DirectiveResponseEntry {
  id: string;
  division: { code: string; name: string };
  action: string;
  comment: string | null;
  actor: string;
  createdAt: string;
}

/** Where one addressee stands, from the responses the ministry holds. */
export interface AddresseeTracking {
  division: { code: string; name: string };
  /** DirectiveState: ISSUED (nothing yet), ACKNOWLEDGED or REPORTED. */
  state: 'ISSUED' | 'ACKNOWLEDGED' | 'REPORTED';
  acknowledgement: DirectiveResponseEntry | undefined;
  /** Its reports, oldest first (an addressee may report again). */
  reports: DirectiveResponseEntry[];
}

/**
 * The divisions a directive to `addressee` reaches, each answering at its own node
 * (docs/WORKFLOWS.md "Directives", docs/SYNC.md): the country's provinces and their
 * cities, a province and its cities, or the one city. A municipality is a province whose
 * node is its city's: its children are districts, which have no node and answer nothing.
 */
export function addresseesOf(
  addressee: { code: string; name: string; level: string },
  provinces: readonly DivisionNode[],
): { code: string; name: string }[] {
  const withCities = (province: DivisionNode) => [
    { code: province.code, name: province.name },
    ...(province.children ?? [])
      .filter((child) => child.level === 'CITY')
      .map(({ code, name }) => ({ code, name })),
  ];
  switch (addressee.level) {
    case 'NATIONAL':
      return provinces.flatMap(withCities);
    case 'PROVINCE': {
      const province = provinces.find((each) => each.code === addressee.code);
      return province ? withCities(province) : [{ code: addressee.code, name: addressee.name }];
    }
    default:
      return [{ code: addressee.code, name: addressee.name }];
  }
}

/**
 * Each addressee with its 签收 and 报告 as the responses list them: the issuer's tracking,
 * those who have not answered included. A response from a division the list does not name
 * (the registry changed since) is shown too rather than dropped.
 */
export function trackAddressees(
  addressees: readonly { code: string; name: string }[],
  responses: readonly DirectiveResponseEntry[],
): AddresseeTracking[] {
  const answered = responses
    .map((response) => response.division)
    .filter((division) => !addressees.some((each) => each.code === division.code));
  const everyone = [...addressees, ...new Map(answered.map((each) => [each.code, each])).values()];
  return everyone.map((division) => {
    const own = responses
      .filter((response) => response.division.code === division.code)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const acknowledgement = own.find((response) => response.action === 'ACKNOWLEDGE');
    const reports = own.filter((response) => response.action === 'REPORT');
    const state = reports.length > 0 ? 'REPORTED' : acknowledgement ? 'ACKNOWLEDGED' : 'ISSUED';
    return { division, state, acknowledgement, reports };
  });
}
