import { isMap, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { hashValue, type Scenario } from '../sim';
import { crossCheck } from './crossCheck';
import { locate, type Path, pathText } from './locate';
import { scenarioSchema } from './schema';

/** One thing wrong with a scenario file, located to its line and column (1-based). */
export type Problem = { file: string; line: number; column: number; message: string };

export type LoadResult = { ok: true; scenario: Scenario; hash: string } | { ok: false; problems: Problem[] };

/** Files larger than this are refused before parsing. */
export const MAX_SCENARIO_BYTES = 2_000_000;

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

type Issue = z.core.$ZodIssue;

/** Turns zod issues into readable messages; for a failed union, reports the closest alternative. */
function flattenIssues(issues: readonly Issue[], base: Path = []): { path: Path; message: string; key?: string }[] {
  const out: { path: Path; message: string; key?: string }[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Pick the alternative that got furthest: fewest issues, unknown-key issues counting most.
      const ranked = [...issue.errors].sort((a, b) => weight(a) - weight(b));
      const best = ranked[0] ?? [];
      if (best.length > 0 && weight(best) < 100) {
        out.push(...flattenIssues(best, path));
        continue;
      }
      out.push({ path, message: `${pathText(path)}: not a valid entry here (no form fits; check its keys)` });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path, key, message: `${pathText(path)}: unknown key "${key}"` });
    } else {
      out.push({ path, message: `${pathText(path)}: ${issue.message}` });
    }
  }
  return out;
}

function weight(issues: readonly Issue[]): number {
  return issues.reduce((t, i) => t + (i.code === 'unrecognized_keys' ? 100 : 1), 0);
}

/**
 * Parses, checks and returns a scenario, or every problem found in it. Never
 * throws, whatever the input: not YAML, empty, huge, binary, hostile keys or alias bombs.
 */
export function loadScenarioText(text: string, file: string): LoadResult {
  const problems: Problem[] = [];
  const at = (line: number, column: number, message: string): void => {
    problems.push({ file, line, column, message });
  };
  try {
    if (text.length > MAX_SCENARIO_BYTES) {
      at(1, 1, `the file is ${text.length} characters long; a scenario may have at most ${MAX_SCENARIO_BYTES}`);
      return { ok: false, problems };
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      at(1, 1, 'this is not a text file (it contains NUL bytes)');
      return { ok: false, problems };
    }
    if (text.trim() === '') {
      at(1, 1, 'the file is empty');
      return { ok: false, problems };
    }
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
    for (const e of [...doc.errors, ...doc.warnings]) {
      const { line, col } = lc.linePos(e.pos[0]);
      at(line, col, `YAML: ${e.message.split('\n')[0]}`);
    }
    if (problems.length > 0) return { ok: false, problems };
    if (!isMap(doc.contents)) {
      at(1, 1, 'a scenario file must be a YAML mapping (keys such as id, title, actors…) at the top level');
      return { ok: false, problems };
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      at(1, 1, `YAML: ${e instanceof Error ? e.message : String(e)}`);
      return { ok: false, problems };
    }
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) {
      const structural = flattenIssues(parsed.error.issues);
      for (const p of structural) {
        const pos = locate(doc, lc, p.path, p.key);
        at(pos.line, pos.column, p.message);
      }
      // Reference and range checks too, as far as the broken structure allows, so one run
      // reports every problem; skip what lies under a structural problem already reported.
      const broken = structural.map((p) => p.path.map(String).join('\u0000'));
      let cross: ReturnType<typeof crossCheck> = [];
      try {
        cross = crossCheck(data as Scenario);
      } catch {
        cross = [];
      }
      for (const p of cross) {
        const key = p.path.map(String).join('\u0000');
        if (broken.some((b) => key.startsWith(b) || b.startsWith(key))) continue;
        const pos = locate(doc, lc, p.path, p.key);
        at(pos.line, pos.column, `${pathText(p.path)}: ${p.message}`);
      }
      return { ok: false, problems: sortProblems(problems) };
    }
    const { $schema: _schema, ...scenario } = parsed.data;
    for (const p of crossCheck(scenario)) {
      const pos = locate(doc, lc, p.path, p.key);
      at(pos.line, pos.column, `${pathText(p.path)}: ${p.message}`);
    }
    if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
    return { ok: true, scenario, hash: hashValue(scenario) };
  } catch (e) {
    at(1, 1, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, problems };
  }
}

function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => a.line - b.line || a.column - b.column);
}
