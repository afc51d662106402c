/**
 * `npm run class-loadtest -- --classes N --students M [--duration S] [--pace S] [--processes 2 --redis] [--url URL]`:
 * simulated classes against a class server on 127.0.0.1 (started here unless `--url` names one).
 * Prints what it measured; exits 1 when any error was counted, 2 on bad flags or a failed start.
 */
import { parseLoadOptions } from './options';
import { runLoadTest } from './run';
import { formatReport } from './stats';

async function main(): Promise<number> {
  let options: ReturnType<typeof parseLoadOptions>;
  try {
    options = parseLoadOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`class-loadtest: ${(e as Error).message}`);
    return 2;
  }
  if (options.url && !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(options.url)) {
    // Load only on this machine: a load test never targets another host.
    console.error(`class-loadtest: --url must be a loopback address (127.x.x.x, localhost, [::1]), not ${options.url}`);
    return 2;
  }
  try {
    const report = await runLoadTest(options, (line) => console.log(line));
    console.log(`\n${formatReport(report)}`);
    if (options.json) console.log(JSON.stringify(report));
    return report.errorTotal > 0 ? 1 : 0;
  } catch (e) {
    console.error(`class-loadtest: ${(e as Error).message}`);
    return 2;
  }
}

main().then((code) => process.exit(code));
