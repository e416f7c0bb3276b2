// `npm run plan -- <file> [--json] [--id <id>]`: reads a plan text and prints a summary and its warnings, or the Plan JSON.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PlanParseError, readPlan } from '../plan/parse';
import { formatPlanSummary, formatWarnings } from './plan-summary';

const USAGE = 'usage: npm run -s plan -- <plan.txt> [--json] [--id <plan-id>]';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (values.help || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`无法读取文件 Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const started = performance.now();
  try {
    const { plan, warnings } = readPlan(text, values.id ? { id: values.id } : {});
    const elapsedMs = performance.now() - started;
    console.log(values.json ? JSON.stringify(plan, null, 2) : formatPlanSummary(plan, elapsedMs));
    // Warnings go to stderr, so that `--json` leaves stdout to the plan alone.
    if (warnings.length > 0) console.error(formatWarnings(warnings));
    return 0;
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    console.error(`${file}: ${error.message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
