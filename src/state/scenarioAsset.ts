import { hashValue, type Said, type Scenario, said } from '../sim';
import type { ScenarioEntry } from './gameChoice';
import type { ScenarioCard } from './scenarioCard';

/** Fetches an asset's text; the page passes one built on `fetch`, tests their own. */
export type FetchText = (url: string) => Promise<string>;

export type AssetResult = { ok: true; entry: ScenarioEntry } | { ok: false; said: Said };

/** The browser's fetch, failing on an HTTP error as on a network one. */
export const fetchText: FetchText = async (url) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.text();
};

/**
 * Loads a scenario's asset and checks it is the one the catalogue names: its shape was checked
 * at build time, so here only that it parses, has the card's id and hashes to the card's hash.
 * A missing, stale or corrupt asset is refused with a message key; nothing is thrown.
 */
export async function loadScenarioAsset(card: ScenarioCard, fetchText: FetchText): Promise<AssetResult> {
  let text: string;
  try {
    text = await fetchText(card.url);
  } catch {
    return { ok: false, said: said('scenarioLoad.unreachable', { scenario: card.face.title }) };
  }
  let scenario: Scenario;
  try {
    scenario = JSON.parse(text) as Scenario;
  } catch {
    return { ok: false, said: said('scenarioLoad.corrupt', { scenario: card.face.title }) };
  }
  if (typeof scenario !== 'object' || scenario === null || scenario.id !== card.id || hashValue(scenario) !== card.hash)
    return { ok: false, said: said('scenarioLoad.corrupt', { scenario: card.face.title }) };
  return { ok: true, entry: { id: card.id, hash: card.hash, scenario } };
}
