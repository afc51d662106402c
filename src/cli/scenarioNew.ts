import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SCENARIO_DIR } from '../headless';
import { formatProblem, loadScenarioText } from '../scenario/loadScenario';
import { type CliIo, runWhenMain } from './cliIo';

/** The commented template a new scenario starts from (the workshop's "new" uses the same file). */
export const TEMPLATE_FILE = join(SCENARIO_DIR, 'templates', 'new-scenario.yaml');
const TEMPLATE_ID = 'my-scenario';
const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const USAGE =
  'usage: npm run scenario:new -- ID [--dir DIR] [--force]\n  writes DIR/ID.yaml (DIR: scenarios/ when absent) from the commented template\n';

/**
 * The template with its id replaced, and its `$schema` comment pointing at the schema from
 * `dir` (a relative path, so the file finds the schema wherever it is written).
 */
export function newScenarioText(id: string, dir: string): string {
  const schema = relative(resolve(dir), join(SCENARIO_DIR, 'scenario.schema.json')).split('\\').join('/');
  return readFileSync(TEMPLATE_FILE, 'utf8')
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schema.startsWith('.') ? schema : `./${schema}`}`)
    .replaceAll(TEMPLATE_ID, id);
}

/**
 * `npm run scenario:new -- ID`: writes a commented scenario that validates and plays, ready to
 * edit. Refuses an id the format would refuse, and never overwrites a file without --force.
 * Exit 0 when written, 1 when it could not be, 2 when called wrongly.
 */
export function scenarioNewCli(argv: string[], io: CliIo): number {
  const force = argv.includes('--force');
  const at = argv.indexOf('--dir');
  const dir = at >= 0 ? argv[at + 1] : SCENARIO_DIR;
  const rest = argv.filter((a, i) => a !== '--force' && i !== at && i !== at + 1);
  const [id, ...extra] = rest;
  if (id === undefined || extra.length > 0 || dir === undefined || rest.some((a) => a.startsWith('--'))) {
    io.stderr(USAGE);
    return 2;
  }
  if (!ID.test(id) || id.length > 80 || RESERVED.has(id)) {
    io.stderr(
      `"${id}" cannot be a scenario id: an id is letters, digits, "_", "-" or ".", starting with a letter (at most 80), and not a reserved name\n`,
    );
    return 2;
  }
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file) && !force) {
    io.stderr(`${file} already exists: choose another id, or add --force to overwrite it\n`);
    return 1;
  }
  const text = newScenarioText(id, dir);
  // The template is checked as written, so a broken template is never handed to an author.
  const r = loadScenarioText(text, file);
  if (!r.ok) {
    io.stderr(`the template does not validate (a bug): ${r.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    io.stderr(`cannot write ${file} (${(e as { code?: string }).code ?? String(e)})\n`);
    return 1;
  }
  io.stdout(
    `wrote ${file}: a commented scenario that validates and plays.\n` +
      `  check it:  npm run scenario:check -- ${file}\n` +
      `  play it:   npm run sim -- --scenario ${file} --seed 1\n` +
      `  in the browser: put it in scenarios/ and run npm start (see scenarios/FORMAT.md)\n`,
  );
  return 0;
}

runWhenMain(import.meta.url, scenarioNewCli);
