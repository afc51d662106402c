import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { formatProblem, loadScenarioText } from './src/scenario/loadScenario';

const SCENARIOS = resolve(import.meta.dirname, 'scenarios');
const VIRTUAL = 'virtual:scenarios';

/**
 * Scenario files are parsed and checked at build time and shipped as JSON, so the
 * browser never loads the YAML parser. A broken file fails the build with its
 * FILE:LINE:COLUMN problems.
 */
function scenariosPlugin(): Plugin {
  return {
    name: 'altiplano-scenarios',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const files = readdirSync(SCENARIOS)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      const out: unknown[] = [];
      const problems: string[] = [];
      for (const f of files) {
        const file = join(SCENARIOS, f);
        this.addWatchFile(file);
        const r = loadScenarioText(readFileSync(file, 'utf8'), `scenarios/${f}`);
        if (r.ok) out.push({ id: r.scenario.id, hash: r.hash, scenario: r.scenario });
        else problems.push(...r.problems.map(formatProblem));
      }
      // ALTIPLANO_LENIENT=1 skips broken files with a warning (for working on one scenario
      // while others are being edited); normally a broken file fails the build.
      if (problems.length > 0 && process.env.ALTIPLANO_LENIENT === '1')
        this.warn(`skipping broken scenario files:\n${problems.join('\n')}`);
      else if (problems.length > 0) this.error(`scenario files have problems:\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(out)};`;
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

export default defineConfig({
  base: './',
  plugins: [scenariosPlugin(), devCspPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The game, and the printable teacher guide page (a plain document, no game around it).
      input: { main: resolve(import.meta.dirname, 'index.html'), guide: resolve(import.meta.dirname, 'teacher-guide.html') },
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
});
