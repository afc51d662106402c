import type { ProblemParams, ValidatorKey } from './problem';

/** A YAML syntax error as the parser reports it: its code, message and offset in the text. */
export type YamlError = { code: string; message: string; pos: number };

/**
 * A YAML syntax error in plain words with the usual fix. The parser's own message is technical
 * ("Nested mappings are not allowed in compact mappings"); the author usually wrote a colon in
 * unquoted text, an apostrophe inside single quotes, a tab, or a line indented one space off.
 * `at` is the offset to point at (the opening quote of an unclosed string, not the end of the file).
 */
export function explainYaml(e: YamlError, text: string): { key: ValidatorKey; params: ProblemParams; at: number } {
  const lineStart = text.lastIndexOf('\n', e.pos - 1) + 1;
  const lineEnd = text.indexOf('\n', e.pos) < 0 ? text.length : text.indexOf('\n', e.pos);
  const line = text.slice(lineStart, lineEnd);
  const rest = text.slice(e.pos, lineEnd);
  const at = e.pos;
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const m = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+(.*\S)\s*$/.exec(line);
      if (m && /:\s/.test(m[2] ?? '') && !/^["'[{]/.test(m[2] ?? ''))
        return { key: 'validator.yaml.colonInText', params: { name: m[1] ?? '', value: (m[2] ?? '').replace(/["\\]/g, '\\$&') }, at };
      return { key: 'validator.yaml.continuedLine', params: {}, at };
    }
    case 'TAB_AS_INDENT':
      return { key: 'validator.yaml.tab', params: {}, at };
    case 'BAD_INDENT':
      // Pointed at the bracket that was opened (the parser notices only on a later line).
      if (/^Flow sequence/.test(e.message)) return unclosed('[', ']', text, e.pos);
      if (/^Flow map/.test(e.message)) return unclosed('{', '}', text, e.pos);
      return { key: 'validator.yaml.indent', params: {}, at };
    case 'MISSING_CHAR': {
      const quote = /closing "quote/.test(e.message) ? '"' : /closing 'quote/.test(e.message) ? "'" : undefined;
      if (quote === undefined) return { key: 'validator.yaml.other', params: { text: firstLine(e.message) }, at };
      // The parser stops where the text ends; the mistake is where the quote opened.
      const open = text.lastIndexOf(quote, e.pos - 1);
      return { key: 'validator.yaml.unclosedQuote', params: { quote }, at: open >= 0 ? open : at };
    }
    case 'DUPLICATE_KEY': {
      const name = /^\s*(?:-\s+)?([^:]+?)\s*:/.exec(text.slice(e.pos, lineEnd))?.[1] ?? rest.trim();
      return { key: 'validator.yaml.duplicateKey', params: { name }, at };
    }
    case 'BAD_SCALAR_START':
      return { key: 'validator.yaml.reservedStart', params: { char: text.charAt(e.pos) || '?' }, at };
    case 'UNEXPECTED_TOKEN':
      if (/at node end/.test(e.message) && /'[^']*'[^']*'/.test(line)) return { key: 'validator.yaml.quoteInQuote', params: {}, at };
      return { key: 'validator.yaml.unexpected', params: {}, at };
    default:
      return { key: 'validator.yaml.other', params: { text: firstLine(e.message) }, at };
  }
}

function unclosed(open: string, close: string, text: string, pos: number): { key: ValidatorKey; params: ProblemParams; at: number } {
  const at = text.lastIndexOf(open, pos);
  return { key: 'validator.yaml.unclosedBracket', params: { open, close }, at: at >= 0 ? at : pos };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
