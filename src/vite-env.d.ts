/// <reference types="vite/client" />

declare module 'virtual:scenarios' {
  import type { ScenarioCard } from './state/scenarioCard';

  /** The catalogue: each scenario's face and the URL of its asset (vite.config.ts builds it). */
  const cards: ScenarioCard[];
  export default cards;
}
