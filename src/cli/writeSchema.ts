import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../headless';
import { scenarioJsonSchema } from '../scenario/jsonSchema';

/**
 * `npm run scenario:schema`: writes `scenarios/scenario.schema.json` from the zod
 * schema. `--check` exits 1 when the file in the repo is out of date.
 */
const file = join(SCENARIO_DIR, 'scenario.schema.json');
const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = '';
  }
  if (old !== text) {
    process.stdout.write(`${file} is out of date: run npm run scenario:schema\n`);
    process.exitCode = 1;
  } else process.stdout.write(`${file} is up to date\n`);
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
