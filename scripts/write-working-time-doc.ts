import { readFileSync, writeFileSync } from 'node:fs';
import { renderWorkingTimeDoc } from '@city-ops/core';

/** `pnpm docs:working-time`: regenerates the deadline tables of docs/WORKING-TIME.md from the default rules. */
const path = new URL('../docs/WORKING-TIME.md', import.meta.url);
writeFileSync(path, renderWorkingTimeDoc(readFileSync(path, 'utf8')));
process.stdout.write('docs/WORKING-TIME.md written\n');
