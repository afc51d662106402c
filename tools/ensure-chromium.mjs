// Makes sure Debian's Chromium is present for the end-to-end tests: installs it with
// apt-get when this machine allows, or says exactly how to.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.log(`Chromium is missing at ${path}; the end-to-end tests need it.`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const sudo = !isRoot && spawnSync('sh', ['-c', 'sudo -n true'], { stdio: 'ignore' }).status === 0 ? 'sudo ' : '';
if (hasApt && (isRoot || sudo)) {
  console.log('Installing it with apt-get (about 480 MB)…');
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: 'inherit',
    });
  } catch {
    // reported below
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  [
    'Could not install Chromium automatically. Install it, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an installed Chromium or Chrome binary:',
    '  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
