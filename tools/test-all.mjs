// `npm test`: every test, in order: type check, scenario files, unit tests, then the
// end-to-end tests in Chromium against a production build (and the offline single file). Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const bin = (name) => `./node_modules/.bin/${name}`;
const scenarios = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `scenarios/${f}`);
const steps = [
  ['lint and format', bin('biome'), ['check', '.']],
  ['type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['scenario files', bin('tsx'), ['src/cli/scenarioCheck.ts', ...scenarios]],
  ['JSON Schema up to date', bin('tsx'), ['src/cli/writeSchema.ts', '--check']],
  ['unit tests', bin('vitest'), ['run']],
  ['Chromium present', process.execPath, ['tools/ensure-chromium.mjs']],
  ['production build', bin('vite'), ['build', '--logLevel', 'warn']],
  ['offline single-file build', bin('vite'), ['build', '--mode', 'offline', '--logLevel', 'warn']],
  ['end-to-end tests', bin('playwright'), ['test']],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✔ all tests passed');
