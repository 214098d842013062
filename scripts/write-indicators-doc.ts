import { readFileSync, writeFileSync } from 'node:fs';
import { renderIndicatorsDoc } from '@city-ops/core';

/** `pnpm docs:indicators`: regenerates the tables of docs/INDICATORS.md from the indicator code. */
const path = new URL('../docs/INDICATORS.md', import.meta.url);
writeFileSync(path, renderIndicatorsDoc(readFileSync(path, 'utf8')));
process.stdout.write('docs/INDICATORS.md written\n');
