import { writeFileSync } from 'node:fs';
import { renderWorkflowsDoc } from '@city-ops/core';

/** `pnpm docs:workflows`: regenerates docs/WORKFLOWS.md from the city node's state machines. */
writeFileSync(new URL('../docs/WORKFLOWS.md', import.meta.url), renderWorkflowsDoc());
process.stdout.write('docs/WORKFLOWS.md written\n');
