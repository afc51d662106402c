import {
  amountStep,
  type Condition,
  countsIn,
  type Effect,
  ENGINE_METERS,
  influenceId,
  influencePower,
  onAmountGrid,
  type Scenario,
} from '../sim';
import { checkGuide } from './crossCheckGuide';
import { crossCheckWorld } from './crossCheckWorld';
import type { Path } from './locate';
import { type ProblemParams, type Severity, type ValidatorKey, wordWithoutPath } from './problem';
import { closest } from './suggest';

/**
 * A problem the schema cannot see: a dangling reference, a duplicate, an impossible range.
 * `key`: a key inside the node at `path` to point at. `msg`: the message as a key and parameters
 * (`path` is filled in where it is located); without it `message` is the English. `suggestion`:
 * the close known name ("did you mean"). `other`: a second place the problem is also at (the
 * first copy of a duplicate). `severity`: a warning when so marked, otherwise an error.
 */
export type CrossProblem = {
  path: Path;
  message: string;
  key?: string;
  msg?: { key: ValidatorKey; params: ProblemParams };
  suggestion?: string;
  other?: Path;
  severity?: Severity;
};
type Extra = Omit<CrossProblem, 'path' | 'message' | 'key'>;
/** The kinds of name a file refers to; each has its message (`validator.unknown.KIND`). */
type UnknownKind = 'actor' | 'power' | 'meter' | 'department' | 'action' | 'term' | 'event' | 'site' | 'gameLength' | 'scenarioMeter';

/**
 * Checks what a schema cannot: that every id a scenario names exists, that ids
 * are unique, and that ranges and totals make sense. Returns every problem found.
 */
export function crossCheck(sc: Scenario): CrossProblem[] {
  const out: CrossProblem[] = [];
  const add = (path: Path, message: string, key?: string, extra: Extra = {}): void => {
    const p: CrossProblem = key !== undefined ? { path, message, key } : { path, message };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) (p as Record<string, unknown>)[k] = v;
    out.push(p);
  };
  /** An unknown name, as a message key of its kind, with the closest known one offered ("did you mean"). */
  const unknown = (path: Path, kind: UnknownKind, wrong: string, known: Iterable<string>, key?: string): void => {
    const list = [...known];
    const msg = { key: `validator.unknown.${kind}` as const, params: { id: wrong, known: list.join(', ') } };
    add(path, wordWithoutPath(msg.key, msg.params), key, {
      msg,
      suggestion: closest(wrong, list),
    });
  };

  const unique = (list: readonly { id: string }[] | undefined, where: string, what: string): Set<string> => {
    const first = new Map<string, number>();
    (list ?? []).forEach((x, i) => {
      const at = first.get(x.id);
      if (at !== undefined)
        add([where, i, 'id'], `duplicate ${what} id "${x.id}"`, undefined, {
          msg: { key: 'validator.duplicateId', params: { what, id: x.id } },
          other: [where, at, 'id'],
        });
      else first.set(x.id, i);
    });
    return new Set(first.keys());
  };

  const actors = unique(sc.actors, 'actors', 'actor');
  const powers = new Set(sc.actors.filter((a) => a.kind === 'power').map((a) => a.id));
  const departments = unique(sc.departments, 'departments', 'department');
  const sites = unique(sc.sites, 'sites', 'site');
  const actionIds = unique(sc.actions, 'actions', 'action');
  const terms = unique(sc.terms, 'terms', 'term');
  const eventIds = unique(sc.events, 'events', 'event');
  const presetIds = unique(sc.presets, 'presets', 'preset');
  unique(sc.endConditions, 'endConditions', 'end condition');
  const scenarioMeters = unique(sc.meters, 'meters', 'meter');
  const meters = new Set<string>([...ENGINE_METERS, ...[...powers].map(influenceId), ...scenarioMeters]);
  const docs = new Set((sc.documents ?? []).map((d) => d.file));
  const references = unique(sc.references, 'references', 'reference');

  (sc.meters ?? []).forEach((m, i) => {
    if ((ENGINE_METERS as readonly string[]).includes(m.id) || influencePower(m.id) !== null) {
      add(['meters', i, 'id'], `"${m.id}" is an engine meter; a scenario meter needs another id`);
    }
    if (m.min >= m.max) add(['meters', i, 'max'], `max (${m.max}) must be greater than min (${m.min})`);
    if (m.initial < m.min || m.initial > m.max) add(['meters', i, 'initial'], `initial ${m.initial} is outside ${m.min}..${m.max}`);
    const t = m.dynamics?.toward;
    if (t !== undefined && (t < m.min || t > m.max)) add(['meters', i, 'dynamics', 'toward'], `toward ${t} is outside ${m.min}..${m.max}`);
  });

  const hosts = sc.actors.filter((a) => a.kind === 'host');
  if (hosts.length !== 1)
    add(['actors'], `a scenario needs exactly one actor of kind "host" (the country on the map); found ${hosts.length}`);
  if (!sc.actors.some((a) => a.playable)) add(['actors'], 'no actor is playable: mark at least one with playable: true');

  const order = new Set<string>();
  sc.turnOrder.forEach((a, i) => {
    if (!actors.has(a)) unknown(['turnOrder', i], 'actor', a, actors);
    if (order.has(a)) add(['turnOrder', i], `"${a}" appears twice in the turn order`);
    order.add(a);
  });
  sc.actors.forEach((a, i) => {
    if (!order.has(a.id)) add(['actors', i, 'id'], `actor "${a.id}" is missing from turnOrder`);
  });

  const refActor = (path: Path, v: string): void => {
    if (!actors.has(v)) unknown(path, 'actor', v, actors);
  };
  const refPower = (path: Path, v: string): void => {
    if (!powers.has(v)) unknown(path, 'power', v, powers);
  };
  const refMeter = (path: Path, v: string): void => {
    if (!meters.has(v)) unknown(path, 'meter', v, meters);
  };
  const refDepartment = (path: Path, v: string): void => {
    if (!departments.has(v)) unknown(path, 'department', v, departments);
  };

  const flagsSet = new Set<string>();
  const flagsRead: { path: Path; flag: string }[] = [];
  const presetFlags: { path: Path; flag: string }[] = [];
  // A reference code written into text a player reads ("R39") must be named in `refs` instead.
  const codeIn = (text: string | undefined): string | undefined => text?.match(/\b[A-Z]{1,2}\d{1,3}\b/g)?.find((c) => references.has(c));
  const visitSources = (path: Path, sources: readonly { doc: string }[] | undefined): void => {
    (sources ?? []).forEach((s, i) => {
      if (docs.size > 0 && s.doc.endsWith('.txt') && !docs.has(s.doc))
        add([...path, 'sources', i, 'doc'], `source document "${s.doc}" is not listed under documents`);
    });
  };
  // Every source anywhere in the file: the references it names are listed, and its words carry no codes.
  const visitReferences = (x: unknown, path: Path): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        visitReferences(v, [...path, i]);
      });
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.doc === 'string' && path.at(-2) === 'sources') {
      if (/^[A-Z]{1,2}\d{1,3}$/.test(o.doc) && !references.has(o.doc))
        add([...path, 'doc'], `reference "${o.doc}" is not listed under references`);
      (Array.isArray(o.refs) ? o.refs : []).forEach((r, j) => {
        if (typeof r === 'string' && !references.has(r)) add([...path, 'refs', j], `reference "${r}" is not listed under references`);
      });
    }
    for (const field of ['ref', 'note', 'assumption'] as const) {
      const code = typeof o[field] === 'string' ? codeIn(o[field]) : undefined;
      if (code) add([...path, field], `"${code}" is a reference code: name it in a source's refs and keep the words for players`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'references') visitReferences(v, [...path, k]);
  };
  visitReferences(sc, []);

  const checkCondition = (c: Condition, path: Path): void => {
    if ('all' in c)
      c.all.forEach((x, i) => {
        checkCondition(x, [...path, 'all', i]);
      });
    else if ('any' in c)
      c.any.forEach((x, i) => {
        checkCondition(x, [...path, 'any', i]);
      });
    else if ('not' in c) checkCondition(c.not, [...path, 'not']);
    else if ('meter' in c) {
      refMeter([...path, 'meter'], c.meter);
      if (c.department !== undefined) refDepartment([...path, 'department'], c.department);
      const n = ['lt', 'lte', 'gt', 'gte', 'eq'].filter((k) => (c as Record<string, unknown>)[k] !== undefined).length;
      if (n === 0) add(path, 'a meter condition needs a comparison (lt, lte, gt, gte or eq)');
      const lo = Math.max(c.gt ?? -Infinity, c.gte ?? -Infinity);
      const hi = Math.min(c.lt ?? Infinity, c.lte ?? Infinity);
      if (lo > hi || (lo === hi && (c.gt !== undefined || c.lt !== undefined))) add(path, 'this comparison can never hold');
    } else if ('turn' in c) {
      if (Object.keys(c.turn).length === 0) add([...path, 'turn'], 'a turn condition needs a comparison');
    } else if ('flag' in c) flagsRead.push({ path: [...path, 'flag'], flag: c.flag });
    else if ('project' in c) {
      const a = sc.actions.find((x) => x.id === c.project);
      if (!a) unknown([...path, 'project'], 'action', c.project, actionIds);
      else if (!a.project) add([...path, 'project'], `action "${c.project}" builds no project`);
    } else if ('deal' in c) {
      c.between?.forEach((a, i) => {
        refActor([...path, 'between', i], a);
      });
      if (c.term !== undefined && !terms.has(c.term)) unknown([...path, 'term'], 'term', c.term, terms);
    } else if ('leads' in c) {
      refPower([...path, 'leads'], c.leads);
      if (c.department !== undefined) refDepartment([...path, 'department'], c.department);
    }
  };

  const checkEffects = (list: readonly Effect[] | undefined, path: Path, hasTarget: boolean): void => {
    (list ?? []).forEach((e, i) => {
      const p = [...path, i];
      if ('meter' in e) {
        refMeter([...p, 'meter'], e.meter);
        if ((e.add === undefined) === (e.set === undefined)) add(p, 'a meter effect needs exactly one of add or set');
        if (e.department !== undefined) refDepartment([...p, 'department'], e.department);
        if (e.department !== undefined && e.at !== undefined) add(p, 'use department or at: target, not both');
        if (e.at === 'target' && !hasTarget) add([...p, 'at'], 'at: target is only meaningful in an action that has a target');
      } else if ('flag' in e) flagsSet.add(e.flag);
      else if ('unwind' in e) {
        if (!terms.has(e.unwind)) unknown([...p, 'unwind'], 'term', e.unwind, terms);
        e.between?.forEach((a, j) => {
          refActor([...p, 'between', j], a);
        });
      } else refActor([...p, 'actor'], e.actor);
    });
  };

  sc.departments.forEach((d, i) => {
    for (const k of Object.keys(d.influence)) if (!powers.has(k)) unknown(['departments', i, 'influence'], 'power', k, powers, k);
    visitSources(['departments', i], d.sources);
  });
  (sc.sites ?? []).forEach((s, i) => {
    if (s.department !== undefined) refDepartment(['sites', i, 'department'], s.department);
    if (departments.has(s.id)) add(['sites', i, 'id'], `site id "${s.id}" is also a department id`);
  });
  for (const k of Object.keys(sc.economy.influence)) if (!powers.has(k)) unknown(['economy', 'influence'], 'power', k, powers, k);
  (sc.economy.growth.drivers ?? []).forEach((d, i) => {
    refMeter(['economy', 'growth', 'drivers', i, 'from'], d.from);
  });
  (sc.economy.stability.drivers ?? []).forEach((d, i) => {
    refMeter(['economy', 'stability', 'drivers', i, 'from'], d.from);
  });
  for (const [k, dyn] of Object.entries(sc.economy.influence))
    (dyn.drivers ?? []).forEach((d, i) => {
      refMeter(['economy', 'influence', k, 'drivers', i, 'from'], d.from);
    });
  (sc.meters ?? []).forEach((m, i) => {
    for (const k of Object.keys(m.goodFor ?? {})) if (!actors.has(k)) unknown(['meters', i, 'goodFor'], 'actor', k, actors, k);
    (m.dynamics?.drivers ?? []).forEach((d, j) => {
      refMeter(['meters', i, 'dynamics', 'drivers', j, 'from'], d.from);
    });
  });

  sc.actions.forEach((a, i) => {
    const p: Path = ['actions', i];
    refActor([...p, 'actor'], a.actor);
    const hasTarget = a.target !== undefined;
    (a.target?.allowed ?? []).forEach((t, j) => {
      const known = a.target?.type === 'department' ? departments : sites;
      if (!known.has(t)) unknown([...p, 'target', 'allowed', j], a.target?.type === 'department' ? 'department' : 'site', t, known);
    });
    if (a.requires) checkCondition(a.requires, [...p, 'requires']);
    checkEffects(a.effects, [...p, 'effects'], hasTarget);
    checkEffects(a.project?.onComplete, [...p, 'project', 'onComplete'], hasTarget);
    checkEffects(a.project?.perTurn, [...p, 'project', 'perTurn'], hasTarget);
    checkEffects(a.lasting?.effects, [...p, 'lasting', 'effects'], hasTarget);
    if (!a.effects?.length && !a.project && !a.lasting) add(p, `action "${a.id}" has no effects, project or lasting effects`);
    visitSources(p, a.sources);
  });

  (sc.terms ?? []).forEach((t, i) => {
    const p: Path = ['terms', i];
    refActor([...p, 'giver'], t.giver);
    for (const k of Object.keys(t.values)) if (!actors.has(k)) unknown([...p, 'values'], 'actor', k, actors, k);
    if (t.amount) {
      if (t.amount.min > t.amount.max) add([...p, 'amount'], `min (${t.amount.min}) is greater than max (${t.amount.max})`);
      if (t.amount.default < t.amount.min || t.amount.default > t.amount.max)
        add([...p, 'amount', 'default'], `default ${t.amount.default} is outside ${t.amount.min}..${t.amount.max}`);
      // A slider snaps to min + k × step: a default off the step would move by itself when an offer is opened.
      else if (!onAmountGrid(t, t.amount.default))
        add(
          [...p, 'amount', 'default'],
          `default ${t.amount.default} is not on the step: ${t.amount.min} plus a multiple of ${amountStep(t)}`,
        );
    }
    t.between?.forEach((a, j) => {
      refActor([...p, 'between', j], a);
    });
    if (t.between && !t.between.includes(t.giver))
      add([...p, 'between'], `the giver "${t.giver}" must be one of the two actors in between`);
    if (t.perTurn?.length && t.duration === undefined) add([...p, 'perTurn'], 'perTurn effects need a duration');
    checkEffects(t.onSign, [...p, 'onSign'], false);
    checkEffects(t.perTurn, [...p, 'perTurn'], false);
    if (t.requires) checkCondition(t.requires, [...p, 'requires']);
    else if (t.requiresText !== undefined) add([...p, 'requiresText'], 'requiresText without requires: say when the term is unavailable');
    visitSources(p, t.sources);
  });

  (sc.events ?? []).forEach((e, i) => {
    const p: Path = ['events', i];
    if (e.trigger) checkCondition(e.trigger, [...p, 'trigger']);
    checkEffects(e.effects, [...p, 'effects'], false);
    if (e.chooser !== undefined) refActor([...p, 'chooser'], e.chooser);
    if (e.options && e.chooser === undefined) add(p, `event "${e.id}" has options but no chooser`);
    if (e.chooser !== undefined && !e.options) add([...p, 'chooser'], `event "${e.id}" has a chooser but no options`);
    const seen = new Set<string>();
    (e.options ?? []).forEach((o, j) => {
      if (seen.has(o.id)) add([...p, 'options', j, 'id'], `duplicate option id "${o.id}"`);
      seen.add(o.id);
      checkEffects(o.effects, [...p, 'options', j, 'effects'], false);
    });
    if (e.fromTurn !== undefined && e.fromTurn > sc.turns)
      add([...p, 'fromTurn'], `fromTurn ${e.fromTurn} is after the last turn (${sc.turns})`);
    if (!e.effects?.length && !e.options?.length) add(p, `event "${e.id}" has no effects and no options`);
    visitSources(p, e.sources);
  });

  const objectiveActors = new Set<string>();
  sc.objectives.forEach((o, i) => {
    const p: Path = ['objectives', i];
    refActor([...p, 'actor'], o.actor);
    if (objectiveActors.has(o.actor)) add([...p, 'actor'], `objectives for "${o.actor}" are given twice`);
    objectiveActors.add(o.actor);
    const total = o.items.filter((x) => countsIn(x, 'full')).reduce((t, x) => t + x.points, 0);
    if (total === 0) add([...p, 'items'], `"${o.actor}" has no objective for the full game (games: [full, ...] or no games)`);
    else if (o.winAt > total) add([...p, 'winAt'], `winAt ${o.winAt} is more than the ${total} points available in the full game`);
    const seen = new Set<string>();
    o.items.forEach((item, j) => {
      if (seen.has(item.id)) add([...p, 'items', j, 'id'], `duplicate objective id "${item.id}"`);
      seen.add(item.id);
      const named = new Set<string>();
      (item.games ?? []).forEach((g, k) => {
        if (g !== 'full' && !presetIds.has(g)) unknown([...p, 'items', j, 'games', k], 'gameLength', g, ['full', ...presetIds]);
        else if (named.has(g)) add([...p, 'items', j, 'games', k], `"${g}" is named twice`);
        else if (g !== 'full' && (sc.presets?.find((x) => x.id === g)?.turns ?? 0) >= sc.turns)
          add([...p, 'items', j, 'games', k], `preset "${g}" is as long as the scenario, so its games are full games: use full`);
        named.add(g);
      });
      if ('when' in item) checkCondition(item.when, [...p, 'items', j, 'when']);
      else {
        refMeter([...p, 'items', j, 'meter'], item.meter);
        if (item.minus !== undefined) refMeter([...p, 'items', j, 'minus'], item.minus);
        if (item.from === item.to) add([...p, 'items', j, 'to'], 'from and to must differ');
      }
    });
  });
  sc.actors.forEach((a, i) => {
    if (a.playable && !objectiveActors.has(a.id)) add(['actors', i, 'playable'], `playable actor "${a.id}" has no objectives`);
  });
  if (sc.negotiation) {
    for (const [power, meter] of Object.entries(sc.negotiation.trust ?? {})) {
      refPower(['negotiation', 'trust'], power);
      refMeter(['negotiation', 'trust', power], meter);
    }
    for (const a of Object.keys(sc.negotiation.actors ?? {})) if (!actors.has(a)) unknown(['negotiation', 'actors'], 'actor', a, actors, a);
  }
  (sc.endConditions ?? []).forEach((e, i) => {
    checkCondition(e.when, ['endConditions', i, 'when']);
  });
  (sc.presets ?? []).forEach((p, i) => {
    const start = p.startTurn ?? 1;
    if (p.turns > sc.turns) add(['presets', i, 'turns'], `preset length ${p.turns} is longer than the scenario (${sc.turns})`);
    else if (start + p.turns - 1 > sc.turns)
      add(
        ['presets', i, 'startTurn'],
        `preset "${p.id}" starts on turn ${start} and plays ${p.turns} turns, so it would end on turn ${start + p.turns - 1}, after the scenario's last (${sc.turns})`,
      );
    (p.events ?? []).forEach((e, j) => {
      if (!eventIds.has(e)) unknown(['presets', i, 'events', j], 'event', e, eventIds);
    });
    const init = p.initial;
    for (const [m, v] of Object.entries(init?.meters ?? {})) {
      const def = sc.meters?.find((x) => x.id === m);
      if (!def) unknown(['presets', i, 'initial', 'meters'], 'scenarioMeter', m, scenarioMeters, m);
      else if (v < def.min || v > def.max) add(['presets', i, 'initial', 'meters', m], `${v} is outside ${def.min}..${def.max}`);
    }
    for (const [d, o] of Object.entries(init?.departments ?? {})) {
      if (!departments.has(d)) unknown(['presets', i, 'initial', 'departments'], 'department', d, departments, d);
      for (const k of Object.keys(o.influence ?? {}))
        if (!powers.has(k)) add(['presets', i, 'initial', 'departments', d, 'influence'], `"${k}" is not an actor of kind "power"`, k);
    }
    for (const f of Object.keys(init?.flags ?? {})) presetFlags.push({ path: ['presets', i, 'initial', 'flags'], flag: f });
    visitSources(['presets', i, 'initial'], init?.sources);
    const shorter = p.turns < sc.turns;
    // The objectives a game of this length is scored on (a preset as long as the scenario plays the full game).
    const pointsIn = (o: (typeof sc.objectives)[number]): number =>
      o.items.filter((x) => countsIn(x, shorter ? p.id : 'full')).reduce((t, x) => t + x.points, 0);
    if (shorter)
      for (const o of sc.objectives)
        if (pointsIn(o) === 0)
          add(['presets', i], `preset "${p.id}" gives "${o.actor}" no objective: list "${p.id}" in the games of at least one of its items`);
    for (const [a, w] of Object.entries(p.winAt ?? {})) {
      const o = sc.objectives.find((x) => x.actor === a);
      if (!o) add(['presets', i, 'winAt'], `no objectives for "${a}"`, a);
      else if (w > pointsIn(o))
        add(['presets', i, 'winAt'], `winAt ${w} for "${a}" is more than the ${pointsIn(o)} points available in this game`, a);
    }
  });

  checkGuide(sc, add);

  // A flag read but never set is a warning (warnings.ts): the condition is always false, nothing breaks.
  const flagsKnown = new Set([...flagsSet, ...flagsRead.map((r) => r.flag)]);
  for (const f of presetFlags)
    if (!flagsKnown.has(f.flag)) add(f.path, `unknown flag "${f.flag}": no effect sets it and no condition reads it`, f.flag);
  out.push(...crossCheckWorld(sc));
  return out;
}
