import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The boundary rule (DESIGN §3): the sim is pure and deterministic, and
 * dependencies point one way: scenes/ui/audio → state → sim ← scenario.
 */

const ROOT = resolve(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(tsFiles(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Lines of code (1-based), with comments blanked out (line comments, block comments, JSDoc). */
function codeLines(text: string): [number, string][] {
  const out: [number, string][] = [];
  let inBlock = false;
  text.split('\n').forEach((raw, i) => {
    let line = raw;
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlock = false;
    }
    line = line.replace(/\/\*.*?\*\//g, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      inBlock = true;
      line = line.slice(0, open);
    }
    line = line.replace(/(^|[^:'"`])\/\/.*$/, '$1');
    if (line.trim() !== '') out.push([i + 1, line]);
  });
  return out;
}

/** Module specifiers imported on a line: import/export … from 'x', import('x'), import 'x'. */
function importsOf(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/g)) if (m[1]) out.push(m[1]);
  return out;
}

type Offence = string;

function scan(files: string[], rule: (file: string, spec: string | null, line: string) => string | null): Offence[] {
  const out: Offence[] = [];
  for (const file of files) {
    for (const [n, line] of codeLines(readFileSync(file, 'utf8'))) {
      for (const spec of importsOf(line)) {
        const why = rule(file, spec, line);
        if (why) out.push(`${relative(ROOT, file)}:${n}: ${why}: ${line.trim()}`);
      }
      const why = rule(file, null, line);
      if (why) out.push(`${relative(ROOT, file)}:${n}: ${why}: ${line.trim()}`);
    }
  }
  return out;
}

const FORBIDDEN_PACKAGES =
  /^(phaser|zustand|howler)(\/|$)|^node:|^(fs|path|os|crypto|child_process|url|util|process|worker_threads|perf_hooks|timers)(\/|$)/;
const FORBIDDEN_CODE: [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random (use the game rng)'],
  [/\bDate\b/, 'Date (the sim has no clock)'],
  [/\bperformance\s*\.\s*now\b/, 'performance.now'],
  [/\bwindow\b/, 'window'],
  [/\bdocument\b/, 'document'],
  [/\blocalStorage\b/, 'localStorage'],
  [/\bsetTimeout\b|\bsetInterval\b/, 'timers'],
  [/\bfetch\s*\(/, 'fetch'],
  [/\brequire\s*\(/, 'require('],
  [/\bprocess\s*\./, 'process'],
];

/** The src/ layer a relative import lands in, if any. */
function layerOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(SRC, resolve(file, '..', spec));
  if (target.startsWith('..')) return null;
  const parts = target.split(/[\\/]/);
  return parts.length === 1 ? (parts[0] ?? '').replace(/\.tsx?$/, '') : (parts[0] ?? null);
}

const simFiles = tsFiles(join(SRC, 'sim'));
const scenarioFiles = tsFiles(join(SRC, 'scenario'));
const allFiles = tsFiles(SRC);

/**
 * The rooms of src/ and the rooms each may import (DESIGN §3, ARCHITECTURE.md). A file directly
 * in src/ is its own room, named after the file: `main` (the browser entry wires everything) and
 * `headless` (the Node entry). A room not listed here fails the test until it is given its arrows.
 */
const ARROWS: Record<string, readonly string[]> = {
  sim: [],
  // The validator words its problems from its own catalogue (i18n/en/validator.ts), plain data.
  scenario: ['sim', 'i18n'],
  i18n: ['sim'],
  present: ['state', 'i18n', 'sim'],
  state: ['sim'],
  audio: ['state', 'sim'],
  scenes: ['state', 'present', 'i18n', 'sim'],
  ui: ['net', 'state', 'present', 'i18n', 'sim'],
  cli: ['headless', 'scenario', 'present', 'i18n', 'sim'],
  server: ['net', 'state', 'scenario', 'present', 'i18n', 'sim'],
  // The class protocol (messages, schemas, the store's type) and the browser's remote session: shared by the server and the page.
  net: ['state', 'i18n', 'sim'],
  headless: ['scenario', 'sim'],
  main: ['ui', 'scenes', 'audio', 'net', 'state', 'present', 'i18n', 'sim'],
  // The teacher guide page's entry (teacher-guide.html): the guide view, the remembered language.
  teacherGuidePage: ['ui', 'state', 'i18n', 'sim'],
  // The teacher's class setup page's entry (setup.html): the setup view, the remembered language, the scenario assets.
  setupPage: ['ui', 'state', 'i18n', 'sim'],
  // The comparison page's entry (compare.html): the comparison view, the remembered language, the scenario loader.
  comparePage: ['ui', 'state', 'i18n', 'sim'],
  // The teacher's console's entry (console.html): the console view, the remembered language, the scenario assets.
  consolePage: ['ui', 'state', 'i18n', 'sim'],
  // The scenario workshop's entry (workshop.html): the workshop view, the works store, its checker and balance workers.
  workshopPage: ['ui', 'state', 'i18n', 'sim', 'workshopBalance', 'workshopCheck'],
  // The workshop's checker worker: the validator of src/scenario, with the shipped maps.
  workshopCheck: ['scenario', 'sim'],
  // The workshop's balance worker: the sim's games and the command line's (browser-safe) balance report.
  workshopBalance: ['cli', 'sim'],
  // The catalogue module's type: scenario cards, from the state.
  'vite-env': ['state', 'sim'],
};

/** Packages each room may import as values (type-only imports of zustand are allowed wherever the store's type is used). */
const PACKAGES: Record<string, RegExp> = {
  phaser: /^(scenes|main)$/,
  howler: /^audio$/,
  'zustand/vanilla': /^state$/,
  'lit-html': /^ui$/,
  // Colyseus' client: the class wire (src/net), loaded when a class is joined or the console opens;
  // and, in Node, the load tester's simulated students (src/server/loadtest).
  'colyseus.js': /^(net|server)$/,
};

/** The room a file sits in. */
function roomOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length === 1 ? (parts[0] ?? '').replace(/\.tsx?$/, '').replace(/\.d$/, '') : (parts[0] ?? '');
}
describe('the boundary rule', () => {
  it('finds the sim and scenario sources', () => {
    expect(simFiles.length).toBeGreaterThan(10);
    expect(simFiles.some((f) => f.endsWith('step.ts'))).toBe(true);
    expect(scenarioFiles.some((f) => f.endsWith('loadScenario.ts'))).toBe(true);
  });

  it('src/sim imports no Phaser, zustand, howler or Node modules, and uses no clock, randomness or browser globals', () => {
    const offences = scan(simFiles, (_file, spec, line) => {
      if (spec !== null) return FORBIDDEN_PACKAGES.test(spec) ? `imports "${spec}"` : null;
      // String literals may mention the words; only code counts.
      const code = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      const hit = FORBIDDEN_CODE.find(([re]) => re.test(code));
      return hit ? `uses ${hit[1]}` : null;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });

  it('src/sim imports nothing from scenario, state, ui, scenes or audio', () => {
    const offences = scan(simFiles, (file, spec) => {
      if (spec === null) return null;
      const layer = layerOf(file, spec);
      if (layer !== null && layer !== 'sim') return `imports from src/${layer}`;
      return null;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });

  it('src/scenario imports nothing from state, ui, scenes or audio, nor any rendering library', () => {
    const offences = scan(scenarioFiles, (file, spec) => {
      if (spec === null) return null;
      const layer = layerOf(file, spec);
      if (layer !== null && ['state', 'ui', 'scenes', 'audio'].includes(layer)) return `imports from src/${layer}`;
      if (/^(phaser|zustand|howler|lit-html)(\/|$)/.test(spec)) return `imports "${spec}"`;
      return null;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });
});

describe('the rooms and their arrows', () => {
  it('every room of src/ has its arrows', () => {
    const rooms = [...new Set(allFiles.map(roomOf))];
    expect(rooms.filter((r) => !(r in ARROWS))).toEqual([]);
  });

  it('imports point only along the arrows', () => {
    const offences = scan(allFiles, (file, spec) => {
      if (spec === null) return null;
      const from = roomOf(file);
      const to = layerOf(file, spec);
      if (to === null || to === from) return null;
      return (ARROWS[from] ?? []).includes(to) ? null : `src/${from} may not import src/${to}`;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });

  it('everything outside src/sim enters the sim through its door, src/sim/index.ts', () => {
    const offences = scan(
      allFiles.filter((f) => roomOf(f) !== 'sim'),
      (file, spec) => {
        if (spec === null || layerOf(file, spec) !== 'sim') return null;
        const target = relative(SRC, resolve(file, '..', spec)).replace(/\\/g, '/');
        return target === 'sim' || target === 'sim/index' ? null : `imports a sim module past the door (${spec})`;
      },
    );
    expect(offences, offences.join('\n')).toEqual([]);
  });

  it('rendering, sound, store and view libraries stay in their rooms', () => {
    const offences = scan(allFiles, (file, spec, line) => {
      if (spec === null) return null;
      const rule = Object.entries(PACKAGES).find(([pkg]) => spec === pkg || spec.startsWith(`${pkg}/`));
      if (!rule) return null;
      if (/^\s*import\s+type\b/.test(line) && spec.startsWith('zustand')) return null;
      return rule[1].test(roomOf(file)) ? null : `src/${roomOf(file)} may not import "${spec}"`;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });

  it('the interface turns scenario text into words through its helper, never the raw textOf', () => {
    const views = allFiles.filter((f) => ['ui', 'scenes', 'audio'].includes(roomOf(f)));
    const offences = scan(views, (_file, spec, line) =>
      spec === null && /\btextOf\s*\(/.test(line) ? 'calls textOf (use Words.text)' : null,
    );
    expect(offences, offences.join('\n')).toEqual([]);
  });
  it('views are lit-html templates worded by Words: the retired English t() and hand-built h() never come back', () => {
    const views = allFiles.filter((f) => ['ui', 'scenes', 'audio'].includes(roomOf(f)));
    const retired = ['i18n/messages', 'ui/dom', 'present/names'];
    const offences = scan(views, (file, spec, line) => {
      if (spec !== null) {
        if (/unsafe-(html|svg|mathml)/.test(spec)) return `imports ${spec} (scenario text must never become markup)`;
        const target = relative(SRC, resolve(file, '..', spec)).replace(/\\/g, '/');
        return retired.includes(target) ? `imports the retired ${target} (use Words and lit-html)` : null;
      }
      return /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(/.test(line) ? 'writes markup from a string (use a lit template)' : null;
    });
    expect(offences, offences.join('\n')).toEqual([]);
  });
});

describe('the boundary checker itself', () => {
  it('catches an offending line, reports file and line, and ignores comments and strings', () => {
    const text = [
      "import { x } from './a';",
      '// Math.random is not used here',
      '/* Date.now() in a comment',
      '   spanning lines */',
      "const msg = 'window dressing';",
      'const r = Math.random();',
      "import 'phaser';",
      "const fs = await import('node:fs');",
    ].join('\n');
    const lines = codeLines(text);
    expect(lines.map(([n]) => n)).toEqual([1, 5, 6, 7, 8]);
    expect(importsOf(lines[3]![1])).toEqual(['phaser']);
    expect(importsOf(lines[4]![1])).toEqual(['node:fs']);
    expect(FORBIDDEN_CODE.some(([re]) => re.test(lines[2]![1]))).toBe(true);
    expect(layerOf(join(SRC, 'sim', 'x.ts'), '../state/store')).toBe('state');
    expect(layerOf(join(SRC, 'sim', 'x.ts'), './meters')).toBe('sim');
  });
});
