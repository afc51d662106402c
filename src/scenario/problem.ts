import { validator } from '../i18n/en/validator';

/** Every message key the validator can give (its English is in src/i18n/en/validator.ts). */
export type ValidatorKey = keyof typeof validator;
export type ProblemParams = Record<string, string | number>;
/** An error makes the file invalid; a warning is shown, and the file still loads and plays. */
export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a scenario file, located to its line and column (1-based). Plain data, so
 * the browser's workshop can show it inline: `key` and `params` word it in any language,
 * `message` is its English (what the command line prints), `suggestion` the close known name
 * for a "did you mean" (a quick fix can put it in place), `path` where it is, by id.
 */
export type Problem = {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  key: ValidatorKey;
  params: ProblemParams;
  message: string;
  suggestion?: string;
  path?: string;
};

/** The English of a message: its template with each `{name}` replaced by its parameter. */
export function wordProblem(key: ValidatorKey, params: ProblemParams, suggestion?: string): string {
  const text = (validator[key] as string).replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
  return suggestion === undefined ? text : `${text}; ${wordProblem('validator.didYouMean', { suggestion })}`;
}

/** The English of a message that starts with its `{path}`, without it (what `CrossProblem.message` holds). */
export function wordWithoutPath(key: ValidatorKey, params: ProblemParams): string {
  const text = wordProblem(key, { ...params, path: '' });
  return text.startsWith(': ') ? text.slice(2) : text;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** An error whose English is given whole (older checks, and the map checks): key `validator.plain`. */
export function plainProblem(file: string, line: number, column: number, text: string): Problem {
  return { file, line, column, severity: 'error', key: 'validator.plain', params: { text }, message: text };
}
