import { type AiLevel, type GameState, meterIds, readMeter, type Scenario, textOf, turnDate } from '../sim';
import {
  adviceBlock,
  eventStats,
  findPreset,
  isUnwound,
  type MatchupResult,
  mean,
  referenceResult,
  sd,
  TARGETS,
  targetsBlock,
  termStats,
  wasSigned,
  wilson,
} from './balanceMetrics';

export type { Matchup, MatchupResult } from './balanceMetrics';
export { wilson } from './balanceMetrics';

/** The length of game a report covers: a preset (by id, or by its number of turns), or the scenario's full length. */
export type ReportLength = { preset?: string; turns?: number };

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const quantile = (xs: number[], q: number): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.max(0, Math.round(q * (a.length - 1))))] ?? NaN;
};

/** Turns a game played: from its first turn (a preset may start later in the scenario) to its last. */
function turnsPlayed(s: GameState): number {
  const last = s.history[s.history.length - 1]?.turn ?? s.turn;
  return last - (s.setup.startTurn ?? 1) + 1;
}

export type SideStats = { actor: string; wins: number; games: number; scores: number[] };

export function sideStats(r: MatchupResult, actor: string): SideStats {
  const scores = r.finals.map((s) => s.over?.scores[actor]?.score ?? 0);
  const wins = r.finals.filter((s) => s.over?.scores[actor]?.won).length;
  return { actor, wins, games: r.finals.length, scores };
}

function actionUses(sc: Scenario, all: GameState[]) {
  return sc.actions.map((a) => ({
    id: a.id,
    actor: a.actor,
    name: textOf(a.name),
    uses: all.reduce((t, s) => t + (s.actors[a.actor]?.usedInGame[a.id] ?? 0), 0),
  }));
}

/** Offers made and what became of them, over some games (a deal unwound or broken was signed first). */
function dealCounts(all: GameState[]) {
  const deals = { proposed: 0, signed: 0, rejected: 0, countered: 0, broken: 0, unwound: 0 };
  for (const s of all) {
    deals.proposed += s.deals.length;
    deals.signed += s.deals.filter(wasSigned).length;
    deals.rejected += s.deals.filter((d) => d.status === 'rejected').length;
    deals.countered += s.deals.filter((d) => d.status === 'countered').length;
    deals.broken += s.deals.filter((d) => d.status === 'broken').length;
    deals.unwound += s.deals.filter(isUnwound).length;
  }
  return deals;
}

/** The report's words for the length played: the preset (its start, its events), a bare number of turns, or the full game. */
function lengthText(sc: Scenario, length: ReportLength): string {
  const p = findPreset(sc, length);
  if (p) {
    const start = p.startTurn ?? 1;
    const events = p.events ? `; only the ${p.events.length} events of its list can fire` : '';
    return `preset \`${p.id}\` (${textOf(p.name)}): ${p.turns} turns of ${sc.turns} from scenario turn ${start} (${turnDate(sc, start).label}), its own winning scores apply${events}`;
  }
  if (length.turns !== undefined && length.turns < sc.turns) return `${length.turns} turns of ${sc.turns}`;
  return `full length (${sc.turns} turns)`;
}

/**
 * The report in Markdown: targets, win rates and score spreads per match-up, levels, objectives,
 * meters at the end, events (of those that can fire in the length played), actions, and each
 * deal term's fate per match-up. `length` is a preset (by id or turns) or the full game.
 */
export function balanceMarkdown(
  sc: Scenario,
  results: MatchupResult[],
  games: number,
  length: ReportLength = {},
  caps: Record<string, number> = {},
): string {
  const preset = findPreset(sc, length);
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const others = sc.objectives.map((o) => o.actor).filter((a) => !sides.includes(a));
  const all = results.flatMap((r) => r.finals);
  const lines: string[] = [];
  lines.push(`# Balance report: ${textOf(sc.title)} (\`${sc.id}\`)`, '');
  lines.push(
    `${games} seeded games (seeds 1–${games}) per match-up, AI against AI, ${lengthText(sc, length)}; every actor that is not a playable side plays at normal. Win = reaching the side's \`winAt\` score. Intervals are Wilson 95%.`,
    '',
  );
  lines.push(...targetsBlock(sc, results, preset?.id, caps), '', ...adviceBlock(sc, results, preset?.id), '', '## Match-ups', '');
  lines.push(
    `| match-up | ${sides.map((s) => `${s} wins`).join(' | ')} | ${sides.map((s) => `${s} score mean ± sd [min–max]`).join(' | ')} | ${others.map((o) => `${o} wins`).join(' | ')} | turns | ms/game |`,
  );
  lines.push(`|---|${sides.map(() => '---|').join('')}${sides.map(() => '---|').join('')}${others.map(() => '---|').join('')}---|---|`);
  for (const r of results) {
    const st = sides.map((s) => sideStats(r, s));
    const ot = others.map((o) => sideStats(r, o));
    const turns = mean(r.finals.map(turnsPlayed));
    lines.push(
      `| ${r.matchup.label} | ${st
        .map((x) => {
          const [lo, hi] = wilson(x.wins, x.games);
          return `${pct(x.wins / x.games)} (${pct(lo)}–${pct(hi)})`;
        })
        .join(' | ')} | ${st
        .map(
          (x) =>
            `${mean(x.scores).toFixed(1)} ± ${sd(x.scores).toFixed(1)} [${Math.min(...x.scores).toFixed(0)}–${Math.max(...x.scores).toFixed(0)}]`,
        )
        .join(
          ' | ',
        )} | ${ot.map((x) => `${pct(x.wins / x.games)} (mean ${mean(x.scores).toFixed(0)})`).join(' | ')} | ${turns.toFixed(1)} | ${mean(r.msPerGame).toFixed(0)} |`,
    );
  }
  lines.push('', ...levelsSection(sc, results));
  lines.push('', ...objectivesTable(sc, results));
  lines.push('', '## Meters at the end (all games)', '', '| meter | min | p10 | median | p90 | max |', '|---|---|---|---|---|---|');
  for (const m of meterIds(sc)) {
    const xs = all.map((s) => readMeter(s, m));
    lines.push(
      `| ${m} | ${Math.min(...xs).toFixed(1)} | ${quantile(xs, 0.1).toFixed(1)} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.9).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`,
    );
  }
  lines.push('', ...eventsSection(sc, all, preset?.id));
  lines.push('', ...actionsSection(sc, all));
  lines.push('', ...termsSection(sc, results));
  lines.push('');
  return lines.join('\n');
}

/** The events that can fire in the length played (a preset's own list when it has one): how many never fired, and the games each fired in. */
function eventsSection(sc: Scenario, all: GameState[], presetId?: string): string[] {
  const ev = eventStats(sc, all, presetId);
  const out = ['## Events', ''];
  if (ev.excluded.length) {
    out.push(
      `The preset lists the events that can fire in it: ${ev.possible.length} of the scenario's ${ev.possible.length + ev.excluded.length}. The other ${ev.excluded.length} cannot fire and are not counted: ${ev.excluded.map((e) => `\`${e}\``).join(', ')}.`,
      '',
    );
  }
  out.push(
    `**${ev.never.length} of ${ev.possible.length} never fired (${pct(ev.neverShare)})**${ev.never.length ? `: ${ev.never.map((e) => `\`${e}\``).join(', ')}` : ''}.`,
    '',
  );
  out.push('| event | fired in games |', '|---|---|');
  for (const e of ev.possible)
    out.push(`| ${e.title} (\`${e.id}\`) | ${e.games} of ${ev.games} (${pct(e.games / Math.max(1, ev.games))}) |`);
  return out;
}

function actionsSection(sc: Scenario, all: GameState[]): string[] {
  const uses = actionUses(sc, all);
  // A heavy-handed option is meant to backfire: an AI that never takes it plays well. Any
  // other action the AI never takes is useless as the scenario stands, and is flagged.
  const heavy = new Set(sc.actions.filter((a) => a.heavyHanded).map((a) => a.id));
  const unused = uses.filter((a) => a.uses === 0 && !heavy.has(a.id));
  const unusedHeavy = uses.filter((a) => a.uses === 0 && heavy.has(a.id));
  const out = [
    '## Actions',
    '',
    unused.length
      ? `**Never used by the AI:** ${unused.map((a) => `\`${a.id}\` (${a.actor})`).join(', ')}`
      : `**The AI used every action${unusedHeavy.length ? ' that is not heavy-handed' : ''}.**`,
    '',
  ];
  if (unusedHeavy.length)
    out.push(
      `Heavy-handed options the AI never took (they are built to backfire; a player who tries one meets the backlash): ${unusedHeavy.map((a) => `\`${a.id}\` (${a.actor})`).join(', ')}.`,
      '',
    );
  out.push('| actor | action | times used (all games) |', '|---|---|---|');
  for (const a of [...uses].sort((x, y) => (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : y.uses - x.uses)))
    out.push(`| ${a.actor} | ${a.name} (\`${a.id}\`) | ${a.uses} |`);
  return out;
}

/** Each deal term's fate, per match-up: games it was signed in, games it still stood at the end, deals unwound or broken. */
function termsSection(sc: Scenario, results: MatchupResult[]): string[] {
  const all = results.flatMap((r) => r.finals);
  const overall = termStats(sc, all);
  const unusedTerms = overall.filter((t) => t.deals === 0);
  const d = dealCounts(all);
  const out = [
    '## Deal terms',
    '',
    unusedTerms.length
      ? `**Never in a signed deal:** ${unusedTerms.map((t) => `\`${t.term}\``).join(', ')}`
      : '**Every term was part of a signed deal.**',
    '',
    `Offers made (all match-ups): ${d.proposed}; signed: ${d.signed}; rejected: ${d.rejected}; countered: ${d.countered}; of the signed, broken: ${d.broken}, unwound: ${d.unwound}.`,
    '',
    'Per match-up: *signed in* is the share of games in which a deal containing the term was signed at least once (Wilson 95%); *standing at the end*, the share of games that end with such a deal signed or completed (neither broken nor unwound: what a `deal: signed` condition counts); *running at the end*, for a term with obligations over turns, the share that end with them still running (— for a one-off term); then the signed deals containing it, and how many of them an event unwound or a side broke.',
  ];
  for (const r of results) {
    out.push(
      '',
      `### ${r.matchup.label}`,
      '',
      '| term | signed in | standing at the end | running at the end | deals signed | unwound | broken |',
      '|---|---|---|---|---|---|---|',
    );
    for (const t of termStats(sc, r.finals)) {
      out.push(
        `| ${t.name} (\`${t.term}\`) | ${pct(t.signedIn / Math.max(1, t.games))} (${pct(t.ci[0])}–${pct(t.ci[1])}) | ${pct(t.standingIn / Math.max(1, t.games))} | ${t.runningIn === undefined ? '—' : pct(t.runningIn / Math.max(1, t.games))} | ${t.deals} | ${t.unwound} | ${t.broken} |`,
      );
    }
  }
  return out;
}

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length === 0 ? NaN : ((a[(a.length - 1) >> 1] ?? NaN) + (a[a.length >> 1] ?? NaN)) / 2;
};

/**
 * What the levels are worth: each side at each level against the same opponent (the other
 * side at normal), the strongest against the weakest head to head, and the median scores of
 * normal against normal, where `winAt` belongs for a side that plays as well as the computer
 * to win about half its games.
 */
function levelsSection(sc: Scenario, results: MatchupResult[]): string[] {
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const out = ['## Levels', ''];
  const find = (levels: Record<string, AiLevel>): MatchupResult | undefined =>
    results.find((r) => sides.every((x) => r.matchup.levels[x] === levels[x]));
  const levelNames: AiLevel[] = ['easy', 'normal', 'hard'];
  const cell = (r: MatchupResult | undefined, side: string): string => {
    if (!r) return '—';
    const st = sideStats(r, side);
    return `${pct(st.wins / Math.max(1, st.games))} (mean ${mean(st.scores).toFixed(1)})`;
  };
  out.push('Each side at each level, against the other side at normal: win rate (mean score).', '');
  out.push(`| side | ${levelNames.join(' | ')} |`, `|---|${levelNames.map(() => '---|').join('')}`);
  for (const side of sides) {
    const other = sides.find((x) => x !== side) ?? side;
    out.push(`| ${side} | ${levelNames.map((l) => cell(find({ [side]: l, [other]: 'normal' }), side)).join(' | ')} |`);
  }
  const [a, b] = sides;
  if (a && b) {
    const heads = (
      [
        ['hard', 'easy'],
        ['easy', 'hard'],
      ] as const
    ).flatMap(([x, y]) => {
      const r = find({ [a]: x, [b]: y });
      return r ? [`- ${a} ${x} vs ${b} ${y}: ${a} ${cell(r, a)}, ${b} ${cell(r, b)}`] : [];
    });
    if (heads.length) out.push('', 'Head to head, hard against easy: win rate of each side in the same games.', '', ...heads);
    const ref = find({ [a]: 'normal', [b]: 'normal' });
    if (ref) {
      const everyone = sc.objectives.map((o) => o.actor);
      out.push(
        '',
        `Median scores, normal against normal (where \`winAt\` gives a 50% win rate): ${everyone.map((x) => `${x} ${median(ref.finals.map((s) => s.over?.scores[x]?.score ?? 0)).toFixed(1)}`).join(', ')}.`,
      );
    }
  }
  return out;
}

/**
 * How much of each objective's points each side reached, on average, per match-up: the table
 * an author reads to see which objectives decide games and which every level reaches anyway.
 */
function objectivesTable(sc: Scenario, results: MatchupResult[]): string[] {
  const out = ['## Objectives (mean share of the points reached at the end)', ''];
  out.push(`| actor | objective | points | ${results.map((r) => r.matchup.label).join(' | ')} |`);
  out.push(`|---|---|---|${results.map(() => '---|').join('')}`);
  for (const o of sc.objectives) {
    for (const item of o.items) {
      // Only the objectives of the length played (an item for another length is not scored here).
      if (!results.some((r) => r.finals.some((s) => s.over?.scores[o.actor]?.lines.some((l) => l.objective === item.id)))) continue;
      const shares = results.map((r) => {
        const xs = r.finals.map((s) => {
          const line = s.over?.scores[o.actor]?.lines.find((l) => l.objective === item.id);
          return line && line.max > 0 ? line.points / line.max : 0;
        });
        return pct(mean(xs));
      });
      out.push(`| ${o.actor} | ${textOf(item.text).replace(/\|/g, '/')} (\`${item.id}\`) | ${item.points} | ${shares.join(' | ')} |`);
    }
  }
  return out;
}

function bar(x: number, y: number, w: number, colour: string, label: string): string {
  return `<rect x="${x}" y="${y}" width="${Math.max(0, w).toFixed(1)}" height="14" fill="${colour}"><title>${label}</title></rect>`;
}

/** A self-contained HTML page: the Markdown report as preformatted text, with SVG charts of win rates and scores. */
export function balanceHtml(sc: Scenario, results: MatchupResult[], md: string): string {
  const sides = sc.actors.filter((a) => a.playable);
  const colours = ['#0072B2', '#009E73', '#D55E00', '#CC79A7'];
  const rowH = 20 * sides.length + 14;
  const height = results.length * rowH + 40;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="${height}" role="img" aria-label="Win rate per match-up and side">`;
  svg += `<line x1="300" y1="10" x2="300" y2="${height - 20}" stroke="#999"/><line x1="${300 + 0.35 * 400}" y1="10" x2="${300 + 0.35 * 400}" y2="${height - 20}" stroke="#ccc" stroke-dasharray="4"/><line x1="${300 + 0.65 * 400}" y1="10" x2="${300 + 0.65 * 400}" y2="${height - 20}" stroke="#ccc" stroke-dasharray="4"/>`;
  results.forEach((r, i) => {
    const y0 = 14 + i * rowH;
    svg += `<text x="4" y="${y0 + 11}" font-size="12">${escapeXml(r.matchup.label)}</text>`;
    sides.forEach((s, j) => {
      const st = sideStats(r, s.id);
      const rate = st.wins / Math.max(1, st.games);
      svg += bar(300, y0 + j * 18, rate * 400, colours[j] ?? '#888', `${s.id}: ${pct(rate)}`);
      svg += `<text x="${306 + rate * 400}" y="${y0 + j * 18 + 11}" font-size="11">${escapeXml(s.id)} ${pct(rate)}</text>`;
    });
  });
  svg += `<text x="300" y="${height - 6}" font-size="11">0%</text><text x="${300 + 0.35 * 400 - 10}" y="${height - 6}" font-size="11">35%</text><text x="${300 + 0.65 * 400 - 10}" y="${height - 6}" font-size="11">65%</text><text x="680" y="${height - 6}" font-size="11">100%</text></svg>`;
  const ref = referenceResult(sc, results);
  const terms = ref ? termsChart(sc, ref) : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Balance: ${escapeXml(sc.id)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;font-size:13px}</style></head>
<body><h1>Balance: ${escapeXml(textOf(sc.title))}</h1><h2>Win rates (dashed lines: 35% and 65%)</h2>${svg}${terms ? `<h2>Games each term was signed in, ${escapeXml(ref?.matchup.label ?? '')} (bars: Wilson 95%; dashed line: the 80% target)</h2>${terms}` : ''}<h2>Report</h2><pre>${escapeXml(md)}</pre></body></html>\n`;
}

/** A bar per term: the share of the match-up's games it was signed in, its Wilson interval as a whisker, and the 80% target as a dashed line. */
function termsChart(sc: Scenario, r: MatchupResult): string {
  const stats = termStats(sc, r.finals);
  if (!stats.length) return '';
  const x0 = 300;
  const w = 400;
  const height = stats.length * 20 + 30;
  const target = x0 + TARGETS.maxTermShare * w;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="${height}" role="img" aria-label="Share of games each term was signed in">`;
  svg += `<line x1="${x0}" y1="4" x2="${x0}" y2="${height - 20}" stroke="#999"/><line x1="${target}" y1="4" x2="${target}" y2="${height - 20}" stroke="#D55E00" stroke-dasharray="4"/>`;
  stats.forEach((t, i) => {
    const y = 6 + i * 20;
    const share = t.signedIn / Math.max(1, t.games);
    svg += `<text x="4" y="${y + 11}" font-size="12">${escapeXml(t.term)}</text>`;
    svg += bar(
      x0,
      y,
      share * w,
      share > TARGETS.maxTermShare ? '#D55E00' : '#0072B2',
      `${t.term}: ${pct(share)} (${pct(t.ci[0])}–${pct(t.ci[1])})`,
    );
    svg += `<line x1="${(x0 + t.ci[0] * w).toFixed(1)}" y1="${y + 7}" x2="${(x0 + t.ci[1] * w).toFixed(1)}" y2="${y + 7}" stroke="#000"/>`;
    svg += `<text x="${x0 + w + 8}" y="${y + 11}" font-size="11">${pct(share)}</text>`;
  });
  svg += `<text x="${x0}" y="${height - 6}" font-size="11">0%</text><text x="${target - 10}" y="${height - 6}" font-size="11">80%</text><text x="${x0 + w - 20}" y="${height - 6}" font-size="11">100%</text></svg>`;
  return svg;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
