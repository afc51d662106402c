import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadedScenario, loadScenario } from '../headless';

/**
 * Where a command-line tool writes. Each tool is a function `(argv, io) => exit code`, so the
 * tests run it in-process with a sink that collects the text, and the file runs it on the real
 * streams only when executed directly (see `runWhenMain`).
 */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (a progress bar redraws one line there). */
  stderrIsTTY: boolean;
};

/** A tool's work: the arguments after the script name in, the exit code out (0 ok, 1 failed, 2 called wrongly). */
export type CliMain = (argv: string[], io: CliIo) => number | Promise<number>;

/** Loads a scenario by id or file, or says why not on stderr and returns null (the caller exits 1). */
export function loadOrSay(io: CliIo, idOrFile: string): LoadedScenario | null {
  try {
    return loadScenario(idOrFile);
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** What a run wrote, for tests: the exit code, stdout and stderr. */
export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs a tool in this process with a sink that collects its output. */
export async function runInProcess(main: CliMain, argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Runs `main` on the process's arguments and streams when `moduleUrl` (the caller's
 * `import.meta.url`) is the script Node was started with, and sets the exit code. Importing
 * the file (a test, another tool) runs nothing.
 */
export function runWhenMain(moduleUrl: string, main: CliMain): void {
  const script = process.argv[1];
  if (script === undefined || !samePath(script, fileURLToPath(moduleUrl))) return;
  Promise.resolve(main(process.argv.slice(2), processIo)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Each tool catches its own failures; this is the last guard, still without a stack trace.
      process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
