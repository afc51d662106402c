import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { firstScreenPlugin } from './tools/firstScreen';
import { OFFLINE_DIR, OFFLINE_FILE, offlinePlugins } from './tools/offlineBuild';
import { precompress } from './tools/precompress';
import { scenariosPlugin } from './tools/scenariosPlugin';

const SCENARIOS = resolve(import.meta.dirname, 'scenarios');

/** Writes a .br and a .gz beside every text file of the build, for a server that can send them (tools/staticServer.mjs). */
function precompressPlugin(): Plugin {
  let outDir = '';
  let failed = false;
  return {
    name: 'altiplano-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    // A failed build writes no folder: compressing it would throw and bury the build's own error.
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
      if (failed) return;
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
        scenariosPlugin(SCENARIOS, true),
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
    plugins: [scenariosPlugin(SCENARIOS), firstScreenPlugin(), devCspPlugin(), prefetchMapPlugin(), precompressPlugin()],
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
          // The teacher's console for class play (issue 14): served by the class server with the game.
          console: resolve(import.meta.dirname, 'console.html'),
          // The authors' scenario workshop: the validator, YAML parser and CodeMirror load only there.
          workshop: resolve(import.meta.dirname, 'workshop.html'),
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
