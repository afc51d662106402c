import { readFileSync, statSync } from 'node:fs';
import { formatProblem, MAX_SCENARIO_BYTES } from '../scenario/loadScenario';
import { loadScenarioWithMap } from '../scenario/loadWithMap';
import { textOf } from '../sim';
import { type CliIo, runWhenMain } from './cliIo';
import { mapReaderFor } from './mapReader';

/**
 * `npm run scenario:check -- FILE...`: validates scenario files and prints every
 * problem as FILE:LINE:COLUMN: message. Exit 0 when all are valid, 1 when not,
 * 2 when called wrongly. Never prints a stack trace.
 */
export function scenarioCheckCli(files: string[], io: CliIo): number {
  try {
    return check(files, io);
  } catch (e) {
    io.stdout(`scenario:check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function check(files: string[], io: CliIo): number {
  if (files.length === 0) {
    io.stderr('usage: npm run scenario:check -- FILE...\n');
    return 2;
  }
  let bad = 0;
  for (const file of files) {
    let text: string;
    try {
      const size = statSync(file).size;
      if (size > MAX_SCENARIO_BYTES) {
        io.stdout(`${file}:1:1: the file is ${size} bytes; a scenario may have at most ${MAX_SCENARIO_BYTES}\n`);
        bad++;
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as { code?: string }).code;
      io.stdout(`${file}:1:1: cannot read the file (${code ?? (e instanceof Error ? e.message : 'error')})\n`);
      bad++;
      continue;
    }
    const r = loadScenarioWithMap(text, file, mapReaderFor(file));
    if (r.ok) {
      const sc = r.scenario;
      io.stdout(
        `${file}: ok — "${textOf(sc.title)}": ${sc.actors.length} actors, ${sc.actions.length} actions, ${sc.terms?.length ?? 0} terms, ${sc.events?.length ?? 0} events, ${sc.turns} turns\n`,
      );
    } else {
      bad++;
      for (const p of r.problems) io.stdout(`${formatProblem(p)}\n`);
    }
  }
  if (bad > 0) io.stdout(`${bad} of ${files.length} file(s) have problems.\n`);
  return bad > 0 ? 1 : 0;
}

runWhenMain(import.meta.url, scenarioCheckCli);
