import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';
import { mountActionsPanel } from './actionsPanel';
import { mountCausesPanel } from './causesPanel';
import { mountClassPanel } from './classroom/classPanel';
import { mountDealBuilder } from './dealBuilder';
import { mountDepartmentsTable } from './departmentsTable';
import { mountEndScreen } from './endScreen';
import { mountEventsPanel } from './eventsPanel';
import { mountFreshScreens } from './freshScreens';
import { mountGuide } from './guide';
import { mountHandover } from './handover';
import { mountHowToPlay } from './howToPlay';
import { mountHudMeters } from './hudMeters';
import type { Layout } from './layout';
import { mountMapControls } from './mapControls';
import { mountNewsFeed } from './newsFeed';
import { mountObjectivesPanel } from './objectivesPanel';
import { mountOffersPanel } from './offersPanel';
import { mountReplayBar } from './replay/replayBar';
import { mountSavePanel } from './savePanel';
import { mountSettingsPanel } from './settingsPanel';
import { mountSourcesPage } from './sourcesPage';
import { mountTopBar } from './topBar';
import { mountTurnReport } from './turnReport';
import { mountWatchControls } from './watchControls';
import { mountWhosWho } from './whosWho';

/** The panels to mount a second time (two boards on one page: a test's handle). */
export const views = { mountHudMeters };

/**
 * Every view past the start screen: the game screen's panels, its dialogs, the end screen and the
 * pages the start screen opens (How to play, Sources & checks, Who's who). They are not in the
 * page's first script: src/main.ts imports this after the first frame, and each view renders what
 * the store already holds when it mounts, so a game put in place before then shows at once.
 * `pause` runs between groups of views (src/main.ts: the next task), so mounting them all is not one
 * long task that a click on the start screen would wait behind; the order is kept.
 */
export async function mountGameScreens(
  l: Layout,
  app: HTMLElement,
  store: StoreApi<GameStore>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const top = mountTopBar(l.topBar, store);
  mountWatchControls(top.watch, store);
  mountSavePanel(top.saves, store);
  mountSettingsPanel(top.settings, store);
  await pause();
  mountObjectivesPanel(top.objectives, store);
  await pause();
  mountHudMeters(l.meters, store);
  mountClassPanel(l.classroom, store);
  mountCausesPanel(l.causes, store);
  mountEventsPanel(l.events, store);
  await pause();
  mountOffersPanel(l.offers, store);
  mountActionsPanel(l.actions, store);
  await pause();
  mountNewsFeed(l.news, store);
  mountDepartmentsTable(l.departments, store);
  mountMapControls(l.mapControls, store);
  await pause();
  // Negotiation and hot-seat (issue 5). The hand-over mounts after the turn report so that it
  // covers it when both open in the same change.
  mountTurnReport(l.report, store);
  mountDealBuilder(l.builder, store);
  mountHandover(l.handover, store);
  mountEndScreen(l.end, store);
  // Replay and branch (issue 13): the scrubber over the game screen while a replay is shown.
  mountReplayBar(l.replay, store);
  await pause();
  // Help (issue 10): How to play beside the other dialogs, and the first-game guide over the game.
  const dialogs = l.builder.parentElement ?? document.body;
  mountHowToPlay(dialogs, store);
  // Sources (issue 11): every claim with its checks and references, and who the sides are.
  mountSourcesPage(dialogs, store);
  mountWhosWho(dialogs, store);
  mountGuide(dialogs, store);
  // After every view: a game put in place opens with every box at its top and its disclosures closed.
  mountFreshScreens(app, store);
}
