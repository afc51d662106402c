import { type MessageKey, t } from '../i18n/messages';
import type { Scenario } from '../sim';
import type { PlayMode } from '../state/createGameStore';
import { h } from './dom';
import { actorName } from '../present/names';

export type ModeForm = { mode: PlayMode };

const MODES: PlayMode[] = ['solo', 'hotseat', 'watch'];

/** The side a game starts from: in hot-seat, the first human in the turn order; otherwise the chosen side. */
export function startingSide(sc: Scenario, mode: PlayMode, side: string): string {
  if (mode !== 'hotseat') return side;
  return sc.turnOrder.find((id) => sc.actors.find((a) => a.id === id)?.playable) ?? side;
}

/**
 * The start screen's "Who plays": me against the computer, two players on this device,
 * or watch the computer play itself.
 */
export function playModeField(sc: Scenario, form: ModeForm, side: string, changed: () => void): HTMLElement {
  const playable = sc.actors.filter((a) => a.playable);
  const hint = (m: PlayMode): string =>
    m === 'solo'
      ? t('mode.soloHint')
      : m === 'hotseat'
        ? t('mode.hotseatHint', { a: textName(sc, playable[0]?.id), b: textName(sc, playable[1]?.id) })
        : t('mode.watchHint');
  const modes = h('fieldset', { class: 'play-mode' }, [
    h('legend', {}, [t('mode.legend')]),
    ...MODES.map((m) =>
      h('label', { class: `choice-card${form.mode === m ? ' chosen' : ''}` }, [
        h('input', {
          type: 'radio',
          name: 'play-mode',
          id: `mode-${m}`,
          value: m,
          checked: form.mode === m,
          'aria-describedby': `mode-${m}-hint`,
          onchange: () => ((form.mode = m), changed()),
        }),
        h('span', { class: 'choice-text' }, [
          h('strong', {}, [t(`mode.${m}` as MessageKey)]),
          h('span', { class: 'summary', id: `mode-${m}-hint` }, [hint(m)]),
        ]),
      ]),
    ),
    form.mode === 'hotseat'
      ? h('p', { class: 'hint' }, [t('mode.sideIgnored', { actor: textName(sc, startingSide(sc, 'hotseat', side)) })])
      : null,
    form.mode === 'watch' ? h('p', { class: 'hint' }, [t('mode.watchSide', { actor: textName(sc, side) })]) : null,
  ]);
  return modes;
}

function textName(sc: Scenario, id: string | undefined): string {
  return actorName(sc, id);
}
