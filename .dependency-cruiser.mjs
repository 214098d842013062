// Import rules for the workspace, checked by `pnpm lint`. The root tsconfig compiles every package
// as one program, so TypeScript alone would accept a relative import into another package's
// src/ or a gateway file that pulls in a database driver: these rules are what keeps the
// package boundaries of docs/ARCHITECTURE.md "Packages and their dependencies" true.

/** Every workspace package's folder; the first group is the package a file belongs to. */
const PACKAGE = '^(services/[^/]+|gateway|schema|migrations|test|bench|scripts|console)/';
/** The one module of a package that other packages may import: its `exports` entry. */
const PACKAGE_ENTRY =
  '^(services/[^/]+/src|gateway/src|schema/src|migrations/src|test/support)/index\\.ts$';
const TEST_FILE = '\\.test\\.ts$';
/** A dependency resolved into an npm package, pnpm layout included (`.pnpm/x@1/node_modules/x`). */
const npm = (names) => `(^|/)node_modules/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes module load order decide which side sees undefined exports, and makes ' +
        'neither side testable or movable alone. Type-only imports count too: a type cycle is ' +
        'the same tangle of concepts and becomes a runtime cycle at the first value import. ' +
        'Break it by moving the shared concept into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-package-internals',
      severity: 'error',
      comment:
        'Another workspace package is used only through its name (`@city-ops/x`), which resolves ' +
        "to its src/index.ts: that file is the package's public surface. A relative path into " +
        "another package's folder couples to its internals and bypasses the package direction " +
        'rules below. Export what you need from that package instead.',
      from: { path: PACKAGE },
      to: { path: PACKAGE, pathNot: ['^$1/', PACKAGE_ENTRY] },
    },
    {
      name: 'kernel-uses-only-schema',
      severity: 'error',
      comment:
        'The kernel is shared by the gateway and every node, so it may depend on @city-ops/schema ' +
        'and nothing else of ours; anything that needs a database belongs in @city-ops/core.',
      from: { path: '^services/kernel/' },
      to: { path: '^(services/(?!kernel/)|gateway/|migrations/|bench/)' },
    },
    {
      name: 'core-uses-kernel-schema-migrations',
      severity: 'error',
      comment:
        'The node runtime knows no tier: a tier adds itself through its TierSpoke, so core never ' +
        'imports a tier package, the gateway or identity. It uses the kernel, the schema and the ' +
        'migrations it runs.',
      from: { path: '^services/core/' },
      to: { path: '^(services/(?!core/|kernel/)|gateway/|bench/)' },
    },
    {
      name: 'tiers-use-core-kernel-schema',
      severity: 'error',
      comment:
        'A tier (city, province, ministry) builds on @city-ops/core, @city-ops/kernel and ' +
        '@city-ops/schema only. Tiers never import each other: what two tiers share belongs in ' +
        'core, and they talk to each other only over sync and the gateway. Migrations are run by ' +
        'core, not by a tier.',
      from: { path: '^services/(city|province|ministry)/' },
      to: {
        path: '^(services/(city|province|ministry|identity)/|gateway/|migrations/|bench/)',
        pathNot: '^services/$1/',
      },
    },
    {
      name: 'gateway-uses-kernel-schema',
      severity: 'error',
      comment:
        'The gateway routes and merges; it holds no database. It uses @city-ops/kernel and ' +
        '@city-ops/schema only, so it never loads core, a tier, a database driver (pg, PGlite, ' +
        'kysely) or exceljs.',
      from: { path: '^gateway/' },
      to: {
        path: [
          '^(services/(?!kernel/)|migrations/|bench/)',
          npm(['pg', '@electric-sql/pglite', 'kysely', 'exceljs']),
        ],
      },
    },
    {
      name: 'identity-stands-alone',
      severity: 'error',
      comment:
        'The dev issuer mints Keycloak-shaped tokens; it must not depend on the code that ' +
        'verifies them, or a bug shared by both would pass unnoticed. It uses nothing of ours.',
      from: { path: '^services/identity/' },
      to: { path: '^(services/(?!identity/)|gateway/|schema/|migrations/|bench/)' },
    },
    {
      name: 'schema-stands-alone',
      severity: 'error',
      comment: 'The shared SDL and codes are the bottom of the graph: everything imports them.',
      from: { path: '^schema/' },
      to: { path: '^(services/|gateway/|migrations/|test/|bench/)' },
    },
    {
      name: 'migrations-stand-alone',
      severity: 'error',
      comment:
        'Migrations are plain SQL run by core, so they import nothing of ours. Their own test ' +
        'opens databases through @city-ops/core and @city-ops/test like any other database test.',
      from: { path: '^migrations/', pathNot: TEST_FILE },
      to: { path: '^(services/|gateway/|schema/|test/|bench/)' },
    },
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      comment:
        '@city-ops/test holds test and bench infrastructure (a PostgreSQL server starter, ' +
        'throwaway databases): product code never loads it. Tests beside the code may.',
      from: { path: '^(services/[^/]+|gateway|schema|migrations)/', pathNot: TEST_FILE },
      to: { path: '^test/' },
    },
    {
      name: 'console-talks-over-http',
      severity: 'error',
      comment:
        'The web console runs in a browser: it reaches the federation through the GraphQL API ' +
        'only, with types generated from the SDL, so it imports no server package, and no ' +
        'server package imports it.',
      from: { path: '^console/' },
      to: { path: '^(services/|gateway/|schema/|migrations/|test/|bench/|scripts/)' },
    },
    {
      name: 'nothing-uses-console',
      severity: 'error',
      comment: 'The console is a leaf: the gateway serves its built files, it never imports them.',
      from: { pathNot: '^console/' },
      to: { path: '^console/' },
    },
    {
      name: 'nothing-uses-bench',
      severity: 'error',
      comment: 'The benchmarks are a leaf: they measure the packages, nothing builds on them.',
      from: { pathNot: '^bench/' },
      to: { path: '^bench/' },
    },
    {
      name: 'database-drivers-only-in-core-database',
      severity: 'error',
      comment:
        'pg and PGlite are opened in one place, services/core/src/database, so both engines ' +
        'get the same pool, dialect and settings; everything else goes through kysely and the ' +
        'NodeDatabase it returns. Test support and the benchmarks start and clone databases ' +
        'themselves, and a database test may hold a raw connection of its own (an open ' +
        'transaction the code under test must wait for).',
      from: {
        pathNot: ['^services/core/src/database/', '^test/', '^bench/', '\\.db\\.test\\.ts$'],
      },
      to: { path: npm(['pg', '@electric-sql/pglite']) },
    },
    {
      name: 'exceljs-only-in-ministry',
      severity: 'error',
      comment:
        'Report files are written by the ministry, the only tier with reports; exceljs is heavy ' +
        'and must not load in other nodes or the gateway. The federation tests read the ' +
        'workbook with it independently of the code that wrote it.',
      from: { pathNot: ['^services/ministry/', '^test/'] },
      to: { path: npm(['exceljs']) },
    },
    {
      name: 'keycloak-connect-only-in-token-verifier',
      severity: 'error',
      comment:
        'keycloak-connect is deprecated upstream and assumes express; keeping it behind one ' +
        'module (kernel auth/token-verifier.ts) makes it replaceable. The dev issuer checks its ' +
        'tokens against the real library in its own test, independently of the verifier.',
      from: {
        pathNot: [
          '^services/kernel/src/auth/token-verifier\\.ts$',
          '^services/identity/src/keycloak-connect\\.test\\.ts$',
        ],
      },
      to: { path: npm(['keycloak-connect']) },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-undeclared-npm-dependency',
      severity: 'error',
      comment:
        'An npm package must be declared in the package.json of the package that imports it; ' +
        'otherwise it only resolves because it happens to be installed for another package. ' +
        'vitest is the exception: it is the workspace test runner, installed once at the root ' +
        'beside vitest.config.ts.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], pathNot: npm(['vitest']) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // console/dist is the console's build output, not source.
    exclude: { path: ['(^|/)node_modules/\\.cache/', '^console/dist/'] },
    // Count `import type` edges: without this a type-only cycle or a type-only deep import
    // would be invisible, because the TypeScript compiler drops them before analysis.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      // Type-only packages (@graphql-typed-document-node/core) name their entry in `typings`.
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
