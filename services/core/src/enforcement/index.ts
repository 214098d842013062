export * from './enforcement-deadlines.js';
export * from './enforcement-overdue.js';
export * from './enforcement-repository.js';
export * from './enforcement-resolvers.js';
export * from './enforcement-view.js';
export * from './enforcement-write-refusals.js';
export * from './late-payment-penalty.js';
