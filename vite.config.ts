import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { firstScreenPlugin } from './tools/firstScreen';
import { OFFLINE_DIR, OFFLINE_FILE, offlinePlugins } from './tools/offlineBuild';
import { precompress } from './tools/precompress';
import { type ScenarioAsset, scenarioAssets } from './tools/scenarioAssets';

const SCENARIOS = resolve(import.meta.dirname, 'scenarios');
const VIRTUAL = 'virtual:scenarios';

/**
 * Scenario files are parsed and checked at build time and shipped as JSON, so the browser never
 * loads the YAML parser. A broken file fails the build with its FILE:LINE:COLUMN problems. Each
 * scenario is an asset of its own (`assets/scenario-ID-HASH.json`), fetched when it is chosen;
 * `virtual:scenarios` is only the catalogue of their faces (what the start screen reads).
 * The dev server serves the same assets from memory.
 */
function scenariosPlugin(inline = false): Plugin {
  let assets: ScenarioAsset[] = [];
  return {
    name: 'altiplano-scenarios',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const r = scenarioAssets(SCENARIOS, (file) => this.addWatchFile(file));
      // ALTIPLANO_LENIENT=1 skips broken files with a warning (for working on one scenario
      // while others are being edited); normally a broken file fails the build.
      if (r.problems.length > 0 && process.env.ALTIPLANO_LENIENT === '1')
        this.warn(`skipping broken scenario files:\n${r.problems.join('\n')}`);
      else if (r.problems.length > 0) this.error(`scenario files have problems:\n${r.problems.join('\n')}`);
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

/** Writes a .br and a .gz beside every text file of the build, for a server that can send them (tools/staticServer.mjs). */
function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'altiplano-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    async closeBundle() {
      await precompress(outDir);
    },
  };
}

/**
 * index.html carries the page's Content-Security-Policy. In development Vite injects each
 * stylesheet as an inline <style> element (for hot reload), which `style-src 'self'` forbids, so
 * the dev server alone allows inline styles; the build keeps the strict policy.
 */
function devCspPlugin(): Plugin {
  return {
    name: 'altiplano-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

/**
 * The map (src/scenes/startMap.ts and Phaser) is imported on demand when the player leaves the
 * start screen. A prefetch hint for its chunks lets the browser fetch them at idle priority (no
 * parse, no main-thread work), so the first Start does not wait on the network. The hints are
 * written inside a `<template id="map-prefetch">`, which the browser does not act on, and
 * src/main.ts puts them in the head once the start screen is drawn: in the head from the start,
 * Phaser's 280 KiB would share a slow link with the stylesheets and scripts the first screen needs.
 */
function prefetchMapPlugin(): Plugin {
  return {
    name: 'altiplano-prefetch-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !html.includes('src="./assets/main-')) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const map = chunks.find((c) => c.isDynamicEntry && /[\\/]src[\\/]scenes[\\/]startMap\.ts$/.test(c.facadeModuleId ?? ''));
        if (!map) return html;
        const files: string[] = [];
        const visit = (name: string): void => {
          if (files.includes(name) || html.includes(name)) return;
          files.push(name);
          const c = chunks.find((x) => x.fileName === name);
          for (const i of c?.imports ?? []) visit(i);
        };
        visit(map.fileName);
        const links = files.map((f) => `<link rel="prefetch" href="./${f}" crossorigin />`).join('');
        return html.replace('</head>', `  <template id="map-prefetch">${links}</template>\n  </head>`);
      },
    },
  };
}

const page = resolve(import.meta.dirname, 'index.html');

export default defineConfig(({ mode }): UserConfig => {
  // `npm run build:offline` (tools/offlineBuild.ts): the game as one HTML file, run from a file:// URL.
  if (mode === 'offline')
    return {
      base: './',
      publicDir: false,
      plugins: [
        scenariosPlugin(true),
        firstScreenPlugin(),
        offlinePlugins.before(),
        viteSingleFile({ removeViteModuleLoader: true, outputFileName: OFFLINE_FILE }),
        offlinePlugins.after(),
      ],
      build: {
        target: 'es2022',
        outDir: OFFLINE_DIR,
        emptyOutDir: true,
        rolldownOptions: {
          input: { main: page },
          treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]sim[\\/]/.test(id) },
        },
      },
    };
  return {
    base: './',
    plugins: [scenariosPlugin(), firstScreenPlugin(), devCspPlugin(), prefetchMapPlugin(), precompressPlugin()],
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        // The game and three teachers' pages, each off the game's first load: the printable guide (a
        // plain document), the class setup (links and handouts per team) and the team comparison.
        input: {
          main: page,
          guide: resolve(import.meta.dirname, 'teacher-guide.html'),
          setup: resolve(import.meta.dirname, 'setup.html'),
          compare: resolve(import.meta.dirname, 'compare.html'),
        },
        // The sim is pure (no import-time effects, tests/unit/boundary.test.ts), so a module of it that
        // is imported through src/sim/index.ts but not used is left out: the start screen's script
        // reads a few words and dates of the sim, not its rules, schemas or AI.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]sim[\\/]/.test(id) },
        output: {
          codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
        },
      },
    },
  };
});
