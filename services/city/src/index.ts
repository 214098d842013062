export { startCityNode } from './city-node.js';
export { createTicket, ticketChangePayload } from './tickets/create-ticket.js';
export { validateTicketIntake } from './tickets/ticket-input.js';
export type { CreateTicketInput, TicketIntake } from './tickets/ticket-input.js';
export { ticketMachine } from './tickets/ticket-machine.js';
export { caseMachine } from './cases/case-machine.js';
export { caseActionMutations } from './cases/case-mutations.js';
export type { CaseAction } from './cases/case-mutations.js';
