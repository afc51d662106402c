import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../headless';
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { type CliIo, runWhenMain } from './cliIo';

/** Where the generated schema lives. */
export const SCHEMA_FILE = join(SCENARIO_DIR, 'scenario.schema.json');

/**
 * `npm run scenario:schema`: writes `scenarios/scenario.schema.json` from the zod
 * schema. `--check` exits 1 when the file in the repo is out of date. `file` is for tests.
 */
export function writeSchemaCli(argv: string[], io: CliIo, file = SCHEMA_FILE): number {
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      old = '';
    }
    if (old !== text) {
      io.stdout(`${file} is out of date: run npm run scenario:schema\n`);
      return 1;
    }
    io.stdout(`${file} is up to date\n`);
    return 0;
  }
  writeFileSync(file, text);
  io.stdout(`wrote ${file}\n`);
  return 0;
}

runWhenMain(import.meta.url, (argv, io) => writeSchemaCli(argv, io));
