import { isMap, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { hashValue, type Scenario } from '../sim';
import { type CrossProblem, crossCheck } from './crossCheck';
import { locate, type Path, pathText } from './locate';
import { formatProblem, type Problem, type ProblemParams, type Severity, type ValidatorKey, wordProblem } from './problem';
import { scenarioSchema } from './schema';
import { keysAt } from './schemaKeys';
import { closest } from './suggest';
import { textProblems } from './textAudit';
import { scenarioWarnings } from './warnings';
import { explainYaml } from './yamlHelp';

export type { Problem, Severity, ValidatorKey } from './problem';
export { formatProblem };

/**
 * `problems`: the errors (the file is refused when there is one); `warnings`: what is legal but
 * probably not meant (the file still loads). Both sorted by line, each plain data.
 */
export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/** Files larger than this are refused before parsing. */
export const MAX_SCENARIO_BYTES = 2_000_000;

type Issue = z.core.$ZodIssue;
type Flat = {
  path: Path;
  message: string;
  key?: string;
  unknownKey?: string;
  suggestion?: string | undefined;
  invalidType?: boolean;
  expected?: string;
  choices?: string[];
};

/** What a value is, in zod's words ("received string"). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The value at `path` in the parsed file, and whether its last key is there at all. */
function valueAt(data: unknown, path: Path): { present: boolean; value: unknown } {
  let node: unknown = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg as PropertyKey)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[seg as PropertyKey];
  }
  return { present: true, value: node };
}

/** Turns zod issues into readable messages; for a failed union, reports the closest alternative. */
function flattenIssues(issues: readonly Issue[], base: Path = []): Flat[] {
  const out: Flat[] = [];
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
      out.push({ path, message: 'not a valid entry here (no form fits; check its keys)' });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path, key, unknownKey: key, message: `unknown key "${key}"` });
    } else if (issue.code === 'invalid_value') {
      out.push({ path, message: issue.message, choices: issue.values.filter((v): v is string => typeof v === 'string') });
    } else if (issue.code === 'invalid_type') {
      // A message of the schema's own (a number's range) is kept; zod's default is worded from its parts.
      const own = !issue.message.startsWith('Invalid input');
      out.push(
        own
          ? { path, message: issue.message, invalidType: true }
          : { path, message: issue.message, invalidType: true, expected: issue.expected },
      );
    } else {
      out.push({ path, message: issue.message });
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
  const warnings: Problem[] = [];
  const put = (
    line: number,
    column: number,
    key: ValidatorKey,
    params: ProblemParams,
    more: { severity?: Severity; suggestion?: string | undefined; path?: string } = {},
  ): void => {
    const p: Problem = {
      file,
      line,
      column,
      severity: more.severity ?? 'error',
      key,
      params,
      message: wordProblem(key, params, more.suggestion),
    };
    if (more.suggestion !== undefined) p.suggestion = more.suggestion;
    if (more.path !== undefined) p.path = more.path;
    (p.severity === 'warning' ? warnings : problems).push(p);
  };
  const at = (line: number, column: number, message: string): void => {
    put(line, column, 'validator.plain', { text: message });
  };
  const failed = (): LoadResult => ({ ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings) });
  try {
    if (text.length > MAX_SCENARIO_BYTES) {
      at(1, 1, `the file is ${text.length} characters long; a scenario may have at most ${MAX_SCENARIO_BYTES}`);
      return failed();
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      at(1, 1, 'this is not a text file (it contains NUL bytes)');
      return failed();
    }
    if (text.trim() === '') {
      at(1, 1, 'the file is empty');
      return failed();
    }
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
    const seenLines = new Set<string>();
    for (const e of [...doc.errors, ...doc.warnings]) {
      const help = explainYaml({ code: e.code, message: e.message, pos: e.pos[0] }, text);
      const { line, col } = lc.linePos(help.at);
      // One explanation per line and kind: the parser often reports one slip three times.
      const once = `${line}\u0000${help.key}`;
      if (seenLines.has(once)) continue;
      seenLines.add(once);
      put(line, col, help.key, help.params);
    }
    if (problems.length > 0) return failed();
    if (!isMap(doc.contents)) {
      at(1, 1, 'a scenario file must be a YAML mapping (keys such as id, title, actors…) at the top level');
      return failed();
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      put(1, 1, 'validator.yaml.other', { text: e instanceof Error ? e.message : String(e) });
      return failed();
    }
    const cross = (list: readonly CrossProblem[]): void => {
      for (const p of list) {
        const pos = locate(doc, lc, p.path, p.key);
        const path = pathText(p.path, data);
        const msg = p.msg ?? { key: 'validator.atPath' as const, params: { text: p.message } };
        const params: ProblemParams = { path, ...msg.params };
        const more = { severity: p.severity ?? 'error', suggestion: p.suggestion, path };
        if (p.other) {
          // A duplicate: said at both copies, each naming the other's line.
          const first = locate(doc, lc, p.other, undefined);
          const firstPath = pathText(p.other, data);
          put(pos.line, pos.column, msg.key, { ...params, otherLine: first.line }, more);
          put(
            first.line,
            first.column,
            'validator.duplicateFirst',
            { ...params, path: firstPath, otherLine: pos.line },
            {
              ...more,
              path: firstPath,
            },
          );
        } else put(pos.line, pos.column, msg.key, params, more);
      }
    };
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) {
      const all = flattenIssues(parsed.error.issues);
      const suggested = new Map<string, string>();
      for (const p of all)
        if (p.unknownKey !== undefined) {
          const s = closest(p.unknownKey, keysAt(scenarioSchema, p.path));
          p.suggestion = s;
          if (s !== undefined) suggested.set([...p.path, s].map(String).join('\u0000'), p.unknownKey);
        } else if (p.choices) {
          // A mistyped choice (kind: powr): offer the closest of the values allowed.
          const { value } = valueAt(data, p.path);
          if (typeof value === 'string') p.suggestion = closest(value, p.choices);
        }
      // A required key reported missing because it was mistyped is said once, at the typo.
      const missing = (p: Flat): boolean => p.invalidType === true && !valueAt(data, p.path).present;
      const structural = all.filter((p) => !(missing(p) && suggested.has(p.path.map(String).join('\u0000'))));
      for (const p of structural) {
        const pos = locate(doc, lc, p.path, p.key);
        const path = pathText(p.path, data);
        if (p.unknownKey !== undefined)
          put(pos.line, pos.column, 'validator.unknownKey', { path, name: p.unknownKey }, { suggestion: p.suggestion, path });
        else if (p.invalidType && p.expected !== undefined) {
          // A wrong type, or a required key left out: said as such, the expected type a parameter.
          const here = valueAt(data, p.path);
          const name = String(p.path.at(-1) ?? '');
          if (!here.present) put(pos.line, pos.column, 'validator.missingKey', { path, name, expected: p.expected }, { path });
          else put(pos.line, pos.column, 'validator.wrongType', { path, expected: p.expected, received: kindOf(here.value) }, { path });
        } else put(pos.line, pos.column, 'validator.atPath', { path, text: p.message }, { path, suggestion: p.suggestion });
      }
      // Reference and range checks too, as far as the broken structure allows, so one run
      // reports every problem; skip what lies under a structural problem already reported.
      const broken = structural.map((p) => p.path.map(String).join('\u0000'));
      let found: CrossProblem[] = [];
      try {
        found = crossCheck(data as Scenario);
      } catch {
        found = [];
      }
      cross(
        found.filter((p) => {
          const key = p.path.map(String).join('\u0000');
          return !broken.some((b) => key.startsWith(b) || b.startsWith(key));
        }),
      );
      return failed();
    }
    const { $schema: _schema, ...scenario } = parsed.data;
    cross(crossCheck(scenario));
    try {
      cross(scenarioWarnings(scenario));
      cross(textProblems(data));
    } catch {
      // A warning is advice: a check that trips over an odd file must not refuse it.
    }
    if (problems.length > 0) return failed();
    return { ok: true, scenario, hash: hashValue(scenario), warnings: sortProblems(warnings) };
  } catch (e) {
    at(1, 1, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
    return failed();
  }
}

function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => a.line - b.line || a.column - b.column);
}
