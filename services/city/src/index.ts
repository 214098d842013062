export { startCityNode } from './city-node.js';
export { createTicket, ticketChangePayload } from './tickets/create-ticket.js';
export { validateTicketIntake } from './tickets/ticket-input.js';
export type { CreateTicketInput, TicketIntake } from './tickets/ticket-input.js';
