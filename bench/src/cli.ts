/**
 * `pnpm bench [scenario …]`: runs the named scenarios (default: every load scenario), saves each
 * result to bench/results/<scenario>.json, and `report` writes docs/BENCHMARKS.md from them.
 */
import { describeCommand, optionsFromEnvironment } from './harness/options.js';
import type { BenchOptions } from './harness/options.js';
import { saveResult } from './harness/result.js';
import type { ScenarioResult } from './harness/result.js';
import { runGatewayOverhead } from './scenarios/gateway-overhead.js';

type Scenario = (options: BenchOptions) => Promise<ScenarioResult>;

const scenarios: Record<string, Scenario> = {
  'gateway-overhead': runGatewayOverhead,
};

async function main(argv: string[]): Promise<void> {
  const options = optionsFromEnvironment(process.env, describeCommand(argv, process.env));
  const names = argv.length > 0 ? argv : Object.keys(scenarios);
  for (const name of names) {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
    options.log(`== ${name}`);
    const result = await scenario(options);
    const file = await saveResult(result, options.resultsDirectory);
    options.log(`saved ${file}`);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
