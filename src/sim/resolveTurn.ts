import { holds } from './conditions';
import type { Ctx } from './context';
import { expireDeals, runObligations } from './deals';
import { deepClone } from './deepClone';
import { economyTick } from './economy';
import { applyEffects } from './effects';
import { lastTurn } from './gameLength';
import { own } from './own';
import { rollEvents } from './scenarioEvents';
import { indexOf } from './scenarioIndex';
import { scoreAll } from './scoring';
import { sharedActionCause } from './takeAction';

/**
 * Resolves the end of a turn, in a fixed order: projects progress, lasting effects
 * and deal obligations run, the economy ticks, scenario events roll, the turn is
 * recorded, and the game ends or the next turn begins. Unspent budget does not carry over.
 */
export function resolveTurn(ctx: Ctx): void {
  const { s, sc } = ctx;
  const actions = indexOf(sc).action;
  ctx.events.push({ type: 'TurnEnded', turn: s.turn });
  // Budgets refill now, so that what resolution adds (an event's aid, a deal's finance) is spent next turn.
  for (const a of sc.actors) {
    const st = own(s.actors, a.id);
    if (!st) continue;
    st.budget = { ...a.budget };
    st.usedThisTurn = {};
  }

  for (const p of s.projects) {
    const def = actions.get(p.action);
    if (!def?.project) continue;
    const cause = sharedActionCause(def, p.actor, 'project');
    const dep = p.department !== undefined ? { department: p.department } : {};
    if (p.status === 'building') {
      p.turnsLeft -= 1;
      if (p.turnsLeft <= 0) {
        p.status = 'built';
        if (def.project.lifetime !== undefined) p.lifeLeft = def.project.lifetime;
        applyEffects(ctx, def.project.onComplete, cause, dep);
        ctx.events.push({ type: 'ProjectCompleted', project: p.id, action: p.action, actor: p.actor, ...dep });
      }
    } else if (p.status === 'built') {
      applyEffects(ctx, def.project.perTurn, cause, dep);
      if (p.lifeLeft !== undefined) {
        p.lifeLeft -= 1;
        if (p.lifeLeft <= 0) {
          p.status = 'retired';
          ctx.events.push({ type: 'ProjectRetired', project: p.id, action: p.action });
        }
      }
    }
  }

  for (const l of s.lasting) {
    const def = actions.get(l.action);
    if (!def?.lasting) continue;
    applyEffects(
      ctx,
      def.lasting.effects,
      sharedActionCause(def, l.actor, 'action'),
      l.department !== undefined ? { department: l.department } : {},
    );
    l.turnsLeft -= 1;
  }
  s.lasting = s.lasting.filter((l) => l.turnsLeft > 0);

  runObligations(ctx);
  economyTick(ctx);
  rollEvents(ctx);
  expireDeals(ctx);

  if (!ctx.quiet) s.history.push({ turn: s.turn, national: { ...s.national }, departments: deepClone(s.departments) });

  const collapse = (sc.endConditions ?? []).find((e) => holds(s, e.when));
  if (collapse || s.turn >= lastTurn(s.setup)) {
    const scores = scoreAll(s, sc);
    s.over = { reason: collapse ? 'collapse' : 'length', ...(collapse ? { endCondition: collapse.id } : {}), scores };
    s.pending = [];
    ctx.events.push({ type: 'GameEnded', reason: s.over.reason, scores, ...(collapse ? { text: collapse.text } : {}) });
    return;
  }

  s.turn += 1;
  s.phase = 0;
  ctx.events.push({ type: 'TurnStarted', turn: s.turn });
}

/**
 * The referee ends the game now (a teacher ending a class's game): scored as it stands, the turn's
 * state recorded in the history as a turn's end would be, every waiting choice dropped.
 */
export function endGame(ctx: Ctx): void {
  const { s, sc } = ctx;
  if (!ctx.quiet) s.history.push({ turn: s.turn, national: { ...s.national }, departments: deepClone(s.departments) });
  const scores = scoreAll(s, sc);
  s.over = { reason: 'referee', scores };
  s.pending = [];
  ctx.events.push({ type: 'GameEnded', reason: 'referee', scores });
}
