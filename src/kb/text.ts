// Text helpers shared by the knowledge-base loaders and the resolver.

/** A phrase as the lexicon keys it: lower case, curly apostrophes straightened, spaces collapsed. */
export const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** The YYYY-MM-DD part of a date or date-time. */
export const day = (s: string): string => s.slice(0, 10);
