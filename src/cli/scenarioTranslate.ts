import { readFileSync, writeFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';
import { formatProblem, loadScenarioText } from '../scenario/loadScenario';
import { claimsOf } from '../scenario/textAudit';
import { applySheet, extractSheet, type Sheet } from '../scenario/translationSheet';
import { type CliIo, runWhenMain } from './cliIo';

const USAGE = `usage:
  npm run scenario:translate -- extract FILE [--lang es[,qu]] [--basic] [--only actions,events] [--missing] [--out SHEET]
      writes a sheet of FILE's texts: each with its English and a slot per language asked (and, with
      --basic, a basic reading of each briefing, event text and action description in English and each
      language). Without --lang/--basic, what the file claims (languages, readings). --missing: only
      texts that lack something. Quotes get a slot for their gloss (the quote itself stays as written).
  npm run scenario:translate -- apply FILE SHEET [SHEET…]
      writes the filled slots of each SHEET into FILE (empty slots are skipped), checks the result
      and refuses to write anything if a path or a key is wrong.
`;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * `npm run scenario:translate`: a scenario's texts out to a sheet to translate (or to write basic
 * readings in), and the filled sheet back into the file. Exit 0 done, 1 refused, 2 called wrongly.
 */
export function scenarioTranslateCli(argv: string[], io: CliIo): number {
  const [cmd, file, ...rest] = argv;
  if ((cmd !== 'extract' && cmd !== 'apply') || file === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch (e) {
    io.stderr(`cannot read ${file} (${(e as { code?: string }).code ?? String(e)})\n`);
    return 1;
  }
  if (cmd === 'extract') {
    const doc = parseDocument(src);
    if (doc.errors.length > 0) {
      io.stderr(`${file} does not read as YAML: ${doc.errors[0]?.message}\n`);
      return 1;
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const claims = claimsOf(data);
    const lang = option(rest, '--lang');
    const only = option(rest, '--only');
    const languages = lang ? ['en', ...lang.split(',').filter((l) => l !== 'en')] : claims.languages;
    const ask = {
      languages,
      basic: rest.includes('--basic') || (!lang && claims.basic),
      missingOnly: rest.includes('--missing'),
      ...(only ? { only: only.split(',') } : {}),
    };
    const header = `# Texts of ${file}: fill the empty slots (${[...languages.filter((l) => l !== 'en'), ...(ask.basic ? ['basic readings'] : [])].join(', ')}), leave en as it is,\n# then: npm run scenario:translate -- apply ${file} THIS_FILE\n`;
    const out = extractSheet(data, ask, header);
    const to = option(rest, '--out');
    if (to) {
      writeFileSync(to, out);
      io.stdout(`wrote ${to}\n`);
    } else io.stdout(out);
    return 0;
  }
  const sheets = rest.filter((a) => !a.startsWith('--'));
  if (sheets.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  let text = src;
  let applied = 0;
  for (const sheetFile of sheets) {
    let sheet: Sheet;
    try {
      sheet = (parse(readFileSync(sheetFile, 'utf8')) ?? {}) as Sheet;
    } catch (e) {
      io.stderr(`${sheetFile}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const r = applySheet(text, sheet);
    if (!r.ok) {
      io.stderr(`${sheetFile}: not applied, nothing written:\n${r.problems.map((p) => `  ${p}\n`).join('')}`);
      return 1;
    }
    text = r.text;
    applied += r.applied;
  }
  const check = loadScenarioText(text, file);
  if (!check.ok) {
    io.stderr(`the result does not validate, nothing written:\n${check.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  writeFileSync(file, text);
  const left = check.warnings.filter((w) => w.key.startsWith('validator.text.'));
  io.stdout(
    `${file}: ${applied} texts written; ${left.length === 0 ? 'every text has what the file claims' : `${left.length} translation warnings left`}\n`,
  );
  return 0;
}

runWhenMain(import.meta.url, scenarioTranslateCli);
