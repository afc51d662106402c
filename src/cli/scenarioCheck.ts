import { readFileSync, statSync } from 'node:fs';
import { formatProblem, MAX_SCENARIO_BYTES } from '../scenario/loadScenario';
import { loadScenarioWithMap } from '../scenario/loadWithMap';
import { textOf } from '../sim';
import { type CliIo, runWhenMain } from './cliIo';
import { mapReaderFor } from './mapReader';

/**
 * `npm run scenario:check -- [--strict] FILE...`: validates scenario files and prints every
 * problem as FILE:LINE:COLUMN: message, and every warning as FILE:LINE:COLUMN: warning: message.
 * Exit 0 when all are valid (warnings or not; with --strict a warning counts as a problem), 1 when
 * not, 2 when called wrongly. Never prints a stack trace.
 */
export function scenarioCheckCli(argv: string[], io: CliIo): number {
  try {
    const strict = argv.includes('--strict');
    const unknown = argv.find((a) => a.startsWith('--') && a !== '--strict');
    if (unknown !== undefined) {
      io.stderr(`unknown option ${unknown}\n${USAGE}`);
      return 2;
    }
    return check(
      argv.filter((a) => a !== '--strict'),
      strict,
      io,
    );
  } catch (e) {
    io.stdout(`scenario:check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

const USAGE = 'usage: npm run scenario:check -- [--strict] FILE...\n';

function check(files: string[], strict: boolean, io: CliIo): number {
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  let bad = 0;
  let warned = 0;
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
    // Errors and warnings in line order, so a file reads top to bottom.
    const all = [...(r.ok ? [] : r.problems), ...r.warnings].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const p of all) io.stdout(`${formatProblem(p)}\n`);
    if (r.warnings.length > 0) warned++;
    if (r.ok && strict && r.warnings.length > 0) {
      bad++;
      io.stdout(`${file}: ${r.warnings.length} warning(s), refused because of --strict\n`);
    } else if (r.ok) {
      const sc = r.scenario;
      io.stdout(
        `${file}: ok — "${textOf(sc.title)}": ${sc.actors.length} actors, ${sc.actions.length} actions, ${sc.terms?.length ?? 0} terms, ${sc.events?.length ?? 0} events, ${sc.turns} turns\n`,
      );
    } else {
      bad++;
    }
  }
  if (bad > 0) io.stdout(`${bad} of ${files.length} file(s) have problems.\n`);
  else if (warned > 0) io.stdout(`${warned} file(s) have warnings: valid, and they play; --strict refuses them.\n`);
  return bad > 0 ? 1 : 0;
}

runWhenMain(import.meta.url, scenarioCheckCli);
