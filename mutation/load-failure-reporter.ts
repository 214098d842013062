import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Makes a test file that fails to load count against the mutant that broke it. A mutant that
 * makes a module throw while it loads (a rule table emptied) fails every test file importing
 * it before any test exists; Stryker's vitest runner counts tests, finds none failed, and
 * would list the mutant as surviving. Reported as a run error instead, Stryker records the
 * mutant as a runtime error: detected, and left out of the score like any mutant that crashes.
 */
export default class LoadFailureReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    for (const testModule of testModules) {
      if (testModule.state() !== 'failed' || testModule.children.size > 0) continue;
      const reason = testModule.errors()[0]?.message ?? 'unknown error';
      this.vitest?.state.catchError(
        new Error(`${testModule.moduleId} failed to load: ${reason}`),
        'Load Error',
      );
    }
  }
}
