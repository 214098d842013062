import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the shared SDL: the single source of truth for every node and the gateway. */
export const sdlDirectory = fileURLToPath(new URL('../sdl/', import.meta.url));

/** The shared SDL files in a stable order (common first, so `extend type` finds its base). */
export const sdlFiles: readonly string[] = readdirSync(sdlDirectory)
  .filter((name) => name.endsWith('.graphql'))
  .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
  .map((name) => sdlDirectory + name);

/** The shared schema as one SDL string. */
export const typeDefs: string = sdlFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
