// The part of better-sqlite3's API the class server uses (the package ships no types, and
// @types/better-sqlite3 is not installed): enough for the compiler to check our calls.
declare module 'better-sqlite3' {
  type RunResult = { changes: number; lastInsertRowid: number | bigint };
  type Statement<P extends unknown[] = unknown[], R = unknown> = {
    run(...params: P): RunResult;
    get(...params: P): R | undefined;
    all(...params: P): R[];
  };
  type Database = {
    pragma(source: string): unknown;
    exec(source: string): Database;
    prepare<P extends unknown[] = unknown[], R = unknown>(source: string): Statement<P, R>;
    transaction<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => T;
    close(): Database;
  };
  const Database: new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database;
  export default Database;
}
