export { resolveCoreference } from './coref.js';
export { findDatelines } from './dateline.js';
export { nlpLexicons } from './lexicons.js';
export { findMentions } from './mentions.js';
export { type Modality, type ModalityLexicon, modalityLexicon, modalityOf } from './modality.js';
export { findQuotes } from './quotes.js';
export { Syntax } from './syntax.js';
export { tenseAround } from './tense.js';
export { tokenize } from './tokenize.js';
