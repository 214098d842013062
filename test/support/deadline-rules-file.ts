import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_RULES } from '@city-ops/core';

/**
 * A deadline rules file (a node's DEADLINE_RULES_FILE) with the default limits that warns
 * `workingDays` ahead of a ticket's due time: with 30, every ticket with a default limit is
 * DUE_SOON whenever the test runs, whatever the day and hour.
 */
export function ticketsWarnedAhead(workingDays: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'deadline-rules-')), 'deadline-rules.json');
  writeFileSync(
    file,
    JSON.stringify({
      tickets: DEFAULT_DEADLINE_RULES.tickets,
      cases: DEFAULT_DEADLINE_RULES.cases,
      dueSoon: { ...DEFAULT_DEADLINE_RULES.dueSoon, tickets: { handling: { workingDays } } },
    }),
  );
  return file;
}
