export { typeDefs, sdlFiles, sdlDirectory } from './type-defs.js';
export * from './divisions.js';
export * from './ticket-categories.js';
export type * as Types from './generated/types.js';
