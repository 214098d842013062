import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many tests passed on each database engine, e.g.
 * `database legs: pglite 18 passed, postgres 18 passed`. CI reads this line to fail
 * a run in which the real-PostgreSQL leg did not run (or ran fewer tests than PGlite).
 */
export default class DatabaseLegsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const passed = new Map<string, number>([
      ['pglite', 0],
      ['postgres', 0],
    ]);
    for (const module of testModules) {
      const project = module.project.name;
      if (!passed.has(project)) continue;
      for (const test of module.children.allTests()) {
        if (test.result().state === 'passed') passed.set(project, (passed.get(project) ?? 0) + 1);
      }
    }
    process.stdout.write(
      `database legs: ${[...passed].map(([project, count]) => `${project} ${count} passed`).join(', ')}\n`,
    );
  }
}
