import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { addCounts, countText, readabilityOf, type TextCounts } from '../present/readability';
import { auditTexts, claimsOf } from '../scenario/textAudit';
import { type Reading, textOf } from '../sim';
import { type CliIo, runWhenMain } from './cliIo';

const USAGE = 'usage: npm run readability -- FILE [FILE…] [--out REPORT.md]\n';

type Row = { file: string; lang: string; reading: Reading; texts: number; counts: TextCounts; measure: string; value: number };

/** The readability of a file's reading texts (briefings, event texts, action descriptions) per language and level. */
export function readabilityRows(file: string, src: string): Row[] {
  const data = parseDocument(src).toJS({ maxAliasCount: 100 });
  const claims = claimsOf(data);
  const texts = auditTexts(data).filter((t) => t.kind === 'reading');
  const rows: Row[] = [];
  for (const lang of claims.languages)
    for (const reading of ['advanced', 'basic'] as const) {
      if (reading === 'basic' && !claims.basic) continue;
      let counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
      let n = 0;
      for (const t of texts) {
        const own =
          typeof t.value === 'object'
            ? t.value[reading === 'basic' ? `${lang}.basic` : lang]
            : lang === 'en' && reading === 'advanced'
              ? t.value
              : undefined;
        if (!own) continue;
        n++;
        counts = addCounts(counts, countText(textOf(t.value, lang, reading), lang));
      }
      const r = readabilityOf(counts, lang);
      rows.push({ file, lang, reading, texts: n, counts, measure: r.measure, value: r.value });
    }
  return rows;
}

export function readabilityTable(rows: readonly Row[]): string {
  const lines = [
    '| file | language | reading | texts | words per sentence | syllables per word | measure | value |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.file} | ${r.lang} | ${r.reading} | ${r.texts} | ${(r.counts.words / Math.max(1, r.counts.sentences)).toFixed(1)} | ${(r.counts.syllables / Math.max(1, r.counts.words)).toFixed(2)} | ${r.measure === 'fk-grade' ? 'Flesch–Kincaid grade' : 'Fernández-Huerta ease'} | ${r.value.toFixed(1)} |`,
    );
  return `${lines.join('\n')}\n`;
}

/** `npm run readability`: the table of readability figures of each file's reading texts, per language and level. */
export function readabilityCli(argv: string[], io: CliIo): number {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  const rows = files.flatMap((f) => readabilityRows(f, readFileSync(f, 'utf8')));
  const table = readabilityTable(rows);
  if (out)
    writeFileSync(
      out,
      `# Readability of the reading texts\n\nBriefings, event texts and action descriptions, each level and language as a whole (\`npm run readability\`). Flesch–Kincaid grade: the US school grade a reader needs (lower is easier; 7–8 is a 13-year-old). Fernández-Huerta ease: 0–100, higher is easier (70–80 fairly easy, 80–90 easy).\n\n${table}`,
    );
  io.stdout(table);
  return 0;
}

runWhenMain(import.meta.url, readabilityCli);
