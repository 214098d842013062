import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '@city-ops/kernel';

/** `pnpm docs:errors`: regenerates docs/ERRORS.md from the kernel's error and limit catalogs. */
writeFileSync(new URL('../docs/ERRORS.md', import.meta.url), renderErrorsDoc());
process.stdout.write('docs/ERRORS.md written\n');
