import { caseModule } from './case/case-module.js';
import { enforcementModule } from './enforcement/enforcement-module.js';
import type { RecordModule } from './record-module.js';
import { ticketModule } from './ticket/ticket-module.js';

/**
 * Every record kind's resolvers. A kind's descriptor is registered in record-kinds.ts
 * (what the shared engines read); its resolvers here (what the schema serves).
 */
export const RECORD_MODULES: readonly RecordModule[] = [
  ticketModule,
  caseModule,
  enforcementModule,
];

/** What every node serves of every record kind. */
export const recordReadResolvers = () => RECORD_MODULES.flatMap((module) => module.reads);

/** What the owning city adds: every kind's intake and workflow. */
export const recordWriteResolvers = () => RECORD_MODULES.flatMap((module) => module.writes);
