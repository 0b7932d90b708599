/** Exit codes every `dyad` command uses. */
export const Exit = {
  OK: 0,
  /** The command failed as a whole (bad store, internal error). */
  FAILURE: 1,
  /** Wrong arguments or options. */
  USAGE: 2,
  /** Some inputs failed and were reported; the rest were processed. */
  PARTIAL: 3,
} as const;
