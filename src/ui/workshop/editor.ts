import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, forceLinting, linter, lintGutter } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { BUILT_IN_METERS, findDefinition, type IdDef, type IdKind, idsByKind, indexIds, kindForKey } from '../../state/workshop/idIndex';
import { keyPathAt, keysAt } from '../../state/workshop/keyPath';

/**
 * One thing the validator found, at its line and column (1-based): an error refuses the file, a
 * warning does not. `suggestion`: the close known name ("did you mean"), offered as a quick fix.
 */
export type EditorProblem = {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  suggestion?: string;
  /** The message as catalogue data (a key of src/i18n and its parameters), where the validator gives it. */
  key?: string;
  params?: Record<string, string | number>;
};

export type EditorOptions = {
  /** The accessible name of the editing area. */
  label: string;
  /** The name of the quick fix that puts a suggestion in place ("Replace with “chance”"). */
  replaceWith: (word: string) => string;
  /** Checks a text (the validator, in a worker the page's entry starts); called debounced as the author types. */
  check: (text: string) => Promise<readonly EditorProblem[]>;
  /** After each check: the text checked and what was found (the page lists it and saves the work). */
  onChecked: (text: string, problems: readonly EditorProblem[]) => void;
  /** The scenario format's JSON Schema (key completion and descriptions), fetched when first needed. */
  schema: () => Promise<Record<string, unknown>>;
  /** What "Go to definition" found: the definition, or the word it found none for (null: no word under the cursor). */
  onDefinition: (found: IdDef | null, word: string | null) => void;
};

export type Editor = {
  view: EditorView;
  text(): string;
  /** Replaces the whole text (a work opened): the history starts again. */
  load(text: string): void;
  /** Puts the cursor at a line and column (1-based), scrolled into view, and focuses the editor. */
  jumpTo(line: number, column: number): void;
  /** Goes to the definition of the id under the cursor. */
  goToDefinition(): void;
};

/** The offset of a 1-based line and column, clamped to the text. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return l.from + Math.min(Math.max(0, column - 1), l.length);
}

/** A diagnostic for a problem: from its column to the end of the word there (at least one character when the line has one). */
function diagnostic(doc: Text, p: EditorProblem, replaceWith: (word: string) => string): Diagnostic {
  const from = offsetOf(doc, p.line, p.column);
  const l = doc.lineAt(from);
  const rest = l.text.slice(from - l.from);
  const word = /^[^\s,:{}[\]]+/.exec(rest)?.[0].length ?? 0;
  const to = Math.min(l.to, from + Math.max(word, rest.length > 0 ? 1 : 0));
  const fix = p.suggestion;
  return {
    from,
    to,
    severity: p.severity,
    message: p.message,
    ...(fix && word > 0
      ? {
          actions: [
            {
              name: replaceWith(fix),
              apply: (view: EditorView, a: number, b: number) => view.dispatch({ changes: { from: a, to: b, insert: fix } }),
            },
          ],
        }
      : {}),
  };
}

const WORD = /[A-Za-z0-9_.$-]/;

/** The id-like word at an offset, and the key it is the value of (`actor: us` → us, actor). */
function wordAt(state: EditorState, pos: number): { word: string; from: number; key?: string } | null {
  const l = state.doc.lineAt(pos);
  let a = pos - l.from;
  let b = a;
  while (a > 0 && WORD.test(l.text[a - 1] ?? '')) a--;
  while (b < l.length && WORD.test(l.text[b] ?? '')) b++;
  if (a === b) return null;
  const word = l.text.slice(a, b);
  const key = /([A-Za-z_$][\w$-]*)\s*:\s*(?:\[[^\]]*)?$/.exec(l.text.slice(0, a))?.[1];
  return { word, from: l.from + a, ...(key ? { key } : {}) };
}

/** Ids a key takes, from the text (meters with the engine's own and each actor's influence). */
function idsFor(defs: readonly IdDef[], kind: IdKind): string[] {
  const ids = idsByKind(defs);
  if (kind !== 'meter') return ids[kind];
  return [...BUILT_IN_METERS, ...ids.actor.map((a) => `influence.${a}`), ...ids.meter];
}

function completions(schema: () => Promise<Record<string, unknown>>) {
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (/^\s*#/.test(before)) return null;
    // A value: `key: par|`, `key: [a, b, par|`, or `{ key: par|`.
    const value = /([A-Za-z_$][\w$-]*)\s*:\s*(?:\[(?:[^\]]*,)?\s*)?['"]?([\w.$-]*)$/.exec(before);
    if (value) {
      const kind = kindForKey(value[1] ?? '');
      if (!kind) return null;
      const partial = value[2] ?? '';
      const defs = indexIds(ctx.state.doc.toString());
      const options: Completion[] = idsFor(defs, kind).map((id) => ({ label: id, type: 'variable', detail: kind }));
      return options.length ? { from: ctx.pos - partial.length, options, validFor: /^[\w.$-]*$/ } : null;
    }
    // A key: at the start of a line (after a list dash) or inside a flow mapping.
    const key = /(?:^\s*(?:-\s+)?|[{,]\s*)([A-Za-z_$][\w$-]*)?$/.exec(before);
    if (!key) return null;
    const partial = key[1] ?? '';
    if (partial === '' && !ctx.explicit) return null;
    const lines = ctx.state.doc.toString().split('\n');
    const path = keyPathAt(lines, line.number - 1, ctx.pos - line.from - partial.length);
    const options: Completion[] = keysAt(await schema(), path).map((k) => ({
      label: k.key,
      type: 'property',
      apply: `${k.key}: `,
      boost: k.required ? 1 : 0,
      ...(k.description ? { info: k.description } : {}),
    }));
    return options.length ? { from: ctx.pos - partial.length, options, validFor: /^[\w$-]*$/ } : null;
  };
}

/** Mounts a CodeMirror 6 editor with YAML, the validator's problems inline, completion and go-to-definition. */
export function mountEditor(host: HTMLElement, text: string, o: EditorOptions): Editor {
  const goTo = (view: EditorView, pos: number): boolean => {
    const w = wordAt(view.state, pos);
    if (!w) {
      o.onDefinition(null, null);
      return true;
    }
    const defs = indexIds(view.state.doc.toString());
    const kind = w.key ? kindForKey(w.key) : undefined;
    const def = findDefinition(defs, w.word, kind);
    if (def) view.dispatch({ selection: { anchor: def.from, head: def.to }, scrollIntoView: true });
    o.onDefinition(def ?? null, w.word);
    return true;
  };
  // CodeMirror writes its styles as <style> elements, which the page's policy (style-src 'self')
  // refuses; inside a shadow root it adopts constructed style sheets instead, which the policy allows.
  const shadow = host.attachShadow({ mode: 'open' });
  const parent = document.createElement('div');
  parent.className = 'workshop-cm';
  parent.style.height = '100%';
  shadow.append(parent);
  const extensions = [
    basicSetup,
    yaml(),
    lintGutter(),
    linter(
      async (view) => {
        const doc = view.state.doc;
        const t = doc.toString();
        const problems = await o.check(t);
        // A text changed while it was checked is checked again; this answer is not shown.
        if (view.state.doc !== doc) return [];
        o.onChecked(t, problems);
        return problems.map((p) => diagnostic(doc, p, o.replaceWith));
      },
      { delay: 400 },
    ),
    autocompletion({ override: [completions(o.schema)] }),
    keymap.of([{ key: 'F12', run: (v) => goTo(v, v.state.selection.main.head) }]),
    EditorView.domEventHandlers({
      mousedown: (e, view) => {
        if (!(e.ctrlKey || e.metaKey) || e.button !== 0) return false;
        const pos = view.posAtCoords({ x: e.clientX, y: e.clientY });
        if (pos === null) return false;
        e.preventDefault();
        return goTo(view, pos);
      },
    }),
    // tabindex: the editing area is the scroller's focusable content (axe's scrollable-region rule looks for one).
    EditorView.contentAttributes.of({ 'aria-label': o.label, tabindex: '0' }),
    EditorView.theme({
      '&': { height: '100%', fontSize: '14px', backgroundColor: '#fff', color: '#1a1a1a' },
      '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflow: 'auto' },
      '&.cm-focused': { outline: '3px solid #1f5fbf' },
      '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { fontFamily: 'ui-monospace, monospace' },
      '.cm-completionInfo': { maxWidth: '28em', whiteSpace: 'normal' },
      '.cm-diagnostic-error': { borderLeftColor: '#b00020' },
    }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc: text, extensions }), parent, root: shadow });
  return {
    view,
    text: () => view.state.doc.toString(),
    load: (t) => {
      view.setState(EditorState.create({ doc: t, extensions }));
      forceLinting(view);
    },
    jumpTo: (line, column) => {
      const pos = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    goToDefinition: () => {
      goTo(view, view.state.selection.main.head);
      view.focus();
    },
  };
}
