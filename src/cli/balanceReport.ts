import { type AiLevel, type GameState, meterIds, readMeter, type Scenario, textOf } from '../headless';

/** A match-up: the level of each playable side. */
export type Matchup = { levels: Record<string, AiLevel>; label: string };
export type MatchupResult = { matchup: Matchup; finals: GameState[]; msPerGame: number[] };

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const quantile = (xs: number[], q: number): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.max(0, Math.round(q * (a.length - 1))))] ?? NaN;
};

/** Wilson 95% interval for a win rate. */
export function wilson(wins: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = wins / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

export type SideStats = { actor: string; wins: number; games: number; scores: number[] };

export function sideStats(r: MatchupResult, actor: string): SideStats {
  const scores = r.finals.map((s) => s.over?.scores[actor]?.score ?? 0);
  const wins = r.finals.filter((s) => s.over?.scores[actor]?.won).length;
  return { actor, wins, games: r.finals.length, scores };
}

function usage(sc: Scenario, results: MatchupResult[]) {
  const all = results.flatMap((r) => r.finals);
  const events = (sc.events ?? []).map((e) => ({
    id: e.id,
    title: textOf(e.title),
    games: all.filter((s) => s.fired[e.id] !== undefined).length,
  }));
  const actions = sc.actions.map((a) => ({
    id: a.id,
    actor: a.actor,
    name: textOf(a.name),
    uses: all.reduce((t, s) => t + (s.actors[a.actor]?.usedInGame[a.id] ?? 0), 0),
  }));
  const terms = (sc.terms ?? []).map((t) => ({
    id: t.id,
    name: textOf(t.name),
    signed: all.reduce(
      (n, s) =>
        n + s.deals.filter((d) => ['signed', 'completed', 'broken'].includes(d.status) && d.terms.some((x) => x.term === t.id)).length,
      0,
    ),
  }));
  const deals = { proposed: 0, signed: 0, rejected: 0, countered: 0, broken: 0 };
  for (const s of all) {
    deals.proposed += s.deals.length;
    deals.signed += s.deals.filter((d) => ['signed', 'completed', 'broken'].includes(d.status)).length;
    deals.rejected += s.deals.filter((d) => d.status === 'rejected').length;
    deals.countered += s.deals.filter((d) => d.status === 'countered').length;
    deals.broken += s.deals.filter((d) => d.status === 'broken').length;
  }
  return { all, events, actions, terms, deals };
}

export function balanceMarkdown(sc: Scenario, results: MatchupResult[], games: number, turns?: number): string {
  const length =
    turns !== undefined && turns < sc.turns
      ? `${turns} turns of ${sc.turns} (a preset: its own winning scores apply)`
      : `full length (${sc.turns} turns)`;
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const others = sc.objectives.map((o) => o.actor).filter((a) => !sides.includes(a));
  const lines: string[] = [];
  lines.push(`# Balance report: ${textOf(sc.title)} (\`${sc.id}\`)`, '');
  lines.push(
    `${games} seeded games (seeds 1–${games}) per match-up, AI against AI, ${length}; every actor that is not a playable side plays at normal. Win = reaching the side's \`winAt\` score. Intervals are Wilson 95%.`,
    '',
  );
  lines.push(
    `| match-up | ${sides.map((s) => `${s} wins`).join(' | ')} | ${sides.map((s) => `${s} score mean ± sd [min–max]`).join(' | ')} | ${others.map((o) => `${o} wins`).join(' | ')} | turns | ms/game |`,
  );
  lines.push(`|---|${sides.map(() => '---|').join('')}${sides.map(() => '---|').join('')}${others.map(() => '---|').join('')}---|---|`);
  for (const r of results) {
    const st = sides.map((s) => sideStats(r, s));
    const ot = others.map((o) => sideStats(r, o));
    const turns = mean(r.finals.map((s) => s.history[s.history.length - 1]?.turn ?? s.turn));
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
  const u = usage(sc, results);
  lines.push('', '## Meters at the end (all games)', '', '| meter | min | p10 | median | p90 | max |', '|---|---|---|---|---|---|');
  for (const m of meterIds(sc)) {
    const xs = u.all.map((s) => readMeter(s, m));
    lines.push(
      `| ${m} | ${Math.min(...xs).toFixed(1)} | ${quantile(xs, 0.1).toFixed(1)} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.9).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`,
    );
  }
  const dead = u.events.filter((e) => e.games === 0);
  lines.push(
    '',
    '## Events',
    '',
    dead.length ? `**Never fired:** ${dead.map((e) => `\`${e.id}\``).join(', ')}` : '**Every event fired in at least one game.**',
    '',
  );
  lines.push('| event | fired in games |', '|---|---|');
  for (const e of u.events)
    lines.push(`| ${e.title} (\`${e.id}\`) | ${e.games} of ${u.all.length} (${pct(e.games / Math.max(1, u.all.length))}) |`);
  // A heavy-handed option is meant to backfire: an AI that never takes it plays well. Any
  // other action the AI never takes is useless as the scenario stands, and is flagged.
  const heavy = new Set(sc.actions.filter((a) => a.heavyHanded).map((a) => a.id));
  const unused = u.actions.filter((a) => a.uses === 0 && !heavy.has(a.id));
  const unusedHeavy = u.actions.filter((a) => a.uses === 0 && heavy.has(a.id));
  lines.push(
    '',
    '## Actions',
    '',
    unused.length
      ? `**Never used by the AI:** ${unused.map((a) => `\`${a.id}\` (${a.actor})`).join(', ')}`
      : `**The AI used every action${unusedHeavy.length ? ' that is not heavy-handed' : ''}.**`,
    '',
  );
  if (unusedHeavy.length)
    lines.push(
      `Heavy-handed options the AI never took (they are built to backfire; a player who tries one meets the backlash): ${unusedHeavy.map((a) => `\`${a.id}\` (${a.actor})`).join(', ')}.`,
      '',
    );
  lines.push('| actor | action | times used (all games) |', '|---|---|---|');
  for (const a of [...u.actions].sort((x, y) => (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : y.uses - x.uses)))
    lines.push(`| ${a.actor} | ${a.name} (\`${a.id}\`) | ${a.uses} |`);
  const unusedTerms = u.terms.filter((t) => t.signed === 0);
  lines.push(
    '',
    '## Deal terms',
    '',
    unusedTerms.length
      ? `**Never in a signed deal:** ${unusedTerms.map((t) => `\`${t.id}\``).join(', ')}`
      : '**Every term was part of a signed deal.**',
    '',
  );
  lines.push(
    `Offers made: ${u.deals.proposed}; signed: ${u.deals.signed}; rejected: ${u.deals.rejected}; countered: ${u.deals.countered}; broken: ${u.deals.broken}.`,
    '',
  );
  lines.push('| term | signed deals containing it |', '|---|---|');
  for (const t of u.terms) lines.push(`| ${t.name} (\`${t.id}\`) | ${t.signed} |`);
  lines.push('');
  return lines.join('\n');
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
    out.push('', 'Head to head, hard against easy: win rate of each side in the same games.', '');
    for (const [x, y] of [
      ['hard', 'easy'],
      ['easy', 'hard'],
    ] as const) {
      const r = find({ [a]: x, [b]: y });
      if (!r) continue;
      out.push(`- ${a} ${x} vs ${b} ${y}: ${a} ${cell(r, a)}, ${b} ${cell(r, b)}`);
    }
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
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="760" height="${height}" role="img" aria-label="Win rate per match-up and side">`;
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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Balance: ${escapeXml(sc.id)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;font-size:13px}</style></head>
<body><h1>Balance: ${escapeXml(textOf(sc.title))}</h1><h2>Win rates (dashed lines: 35% and 65%)</h2>${svg}<h2>Report</h2><pre>${escapeXml(md)}</pre></body></html>\n`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
