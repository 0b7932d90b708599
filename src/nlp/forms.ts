import type { Token } from '../core/doc.js';

/**
 * The forms a word may be looked up by: its lemma, its lower-cased text, and, for inflected forms the
 * tagger did not lemmatise (an "-ed" verb tagged as an adjective: "abducted"), the stems English
 * inflection rules give ("abducted" → abduct, abducte; "seizing" → seiz, seize).
 */
export function lookupForms(t: Token): string[] {
  const forms = [t.lemma];
  if (t.lower !== t.lemma) forms.push(t.lower);
  const w = t.lower;
  if (t.lemma === w && w.length > 4) {
    const m = /^(.*?)(ied|ed|ing|es|s)$/.exec(w);
    if (m) {
      const stem = m[1]!;
      if (m[2] === 'ied') forms.push(`${stem}y`);
      else {
        forms.push(stem, `${stem}e`);
        // doubled consonant: "stopped" → stop
        if (/(.)\1$/.test(stem)) forms.push(stem.slice(0, -1));
      }
    }
  }
  return forms;
}
