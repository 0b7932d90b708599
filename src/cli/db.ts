// The `--db` option every store command takes: a SQLite file (or `sqlite:` URL, `:memory:`) or a
// `postgres://user@host:port/db[?schema=NAME]` URL; DYAD_DB gives the default.
import type { Command } from 'commander';

export const DB_HELP =
  'the store: a SQLite file, sqlite: URL or postgres://user@host:port/db[?schema=NAME] URL (default: $DYAD_DB, else ./dyad.db)';

export const defaultDb = (): string => process.env.DYAD_DB || './dyad.db';

/** Adds `--db <url>` to a command. */
export const dbOption = (command: Command): Command => command.option('--db <url>', DB_HELP, defaultDb());
