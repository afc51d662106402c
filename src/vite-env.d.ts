/// <reference types="vite/client" />

declare module 'virtual:scenarios' {
  import type { Scenario } from './sim';

  const scenarios: { id: string; hash: string; scenario: Scenario }[];
  export default scenarios;
}
