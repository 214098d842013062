import { writeFileSync } from 'node:fs';
import { renderPermissionsDoc } from '@city-ops/kernel';

/** `pnpm docs:permissions`: regenerates docs/PERMISSIONS.md from the policy table. */
writeFileSync(new URL('../docs/PERMISSIONS.md', import.meta.url), renderPermissionsDoc());
process.stdout.write('docs/PERMISSIONS.md written\n');
