import type { Plugin } from 'vite';
import type { ScenarioAsset } from './scenarioAssets';
import { type BrokenFiles, brokenFilesRule, scenarioCatalogue } from './scenarioCatalogue';

const VIRTUAL = 'virtual:scenarios';

/**
 * Scenario files are parsed and checked at build time and shipped as JSON, so the browser never
 * loads the YAML parser. A broken file fails the production build with its FILE:LINE:COLUMN problems;
 * the dev server and `npm start` print them and serve the other scenarios (tools/scenarioCatalogue.ts). Each
 * scenario is an asset of its own (`assets/scenario-ID-HASH.json`), fetched when it is chosen;
 * `virtual:scenarios` is only the catalogue of their faces (what the start screen reads).
 * The dev server serves the same assets from memory.
 */
export function scenariosPlugin(dir: string, inline = false): Plugin {
  let assets: ScenarioAsset[] = [];
  let rule: BrokenFiles = 'fail';
  return {
    name: 'altiplano-scenarios',
    configResolved(c) {
      rule = brokenFilesRule(c.command, process.env);
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const r = scenarioCatalogue(dir, rule, (file) => this.addWatchFile(file));
      // Printed as they are, not through this.warn/this.error, whose decorations and stack bury them.
      if (r.warning) console.warn(`\n${r.warning}\n`);
      if (r.error) {
        console.error(`\n${r.error}\n`);
        this.error('scenario files have problems (listed above)');
      }
      assets = r.assets;
      // The offline file carries each scenario inside it, as a data: URL its card points to.
      const card = (a: ScenarioAsset) =>
        inline ? { ...a.card, url: `data:application/json;base64,${Buffer.from(a.json).toString('base64')}` } : a.card;
      return `export default ${JSON.stringify(assets.map(card))};`;
    },
    generateBundle() {
      if (inline) return;
      for (const a of assets) this.emitFile({ type: 'asset', fileName: a.fileName, source: a.json });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const hit = assets.find((a) => path === `/${a.fileName}`);
        if (!hit) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(hit.json);
      });
    },
  };
}
