export { type Attempt, type CoderResources, type CodeTrace, codeEvents } from './code.js';
export { type Discards, loadDiscards } from './discards.js';
export { GDELT_COLUMNS, gdeltLine, toGdeltRow } from './gdelt.js';
export { isMatch, type Match, type Miss } from './match.js';
export { loadPatterns, type PatternSet } from './patterns/load.js';
export { type PloverEvent, toPlover } from './plover.js';
export { type CountryRoles, loadCountryRoles } from './roles.js';
