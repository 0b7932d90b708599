import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { Pos, Sentence, Token } from '../core/doc.js';
import { dataPath } from '../core/paths.js';
import { wink } from './wink.js';

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

interface RawToken {
  start: number;
  end: number;
  text: string;
  pos: Pos;
  lemma: string;
  /** Index of wink's sentence the token belongs to. */
  winkSentence: number;
}

/**
 * Tokens, parts of speech, lemmas and sentences from wink-nlp, with character offsets, then the
 * fixes news needs: abbreviations split by wink ("U" "." "S." → "U.S."), sentence breaks inside
 * them, and paragraph breaks (headlines, bullets, datelines without a full stop) as sentence ends.
 */
export function tokenize(text: string): Tokenized {
  const raw = winkTokens(text);
  const merged = fixTags(mergeAbbreviations(raw, text));
  const tokens: Token[] = merged.map((t, i) => ({
    i,
    start: t.start,
    end: t.end,
    text: t.text,
    lower: t.text.toLowerCase(),
    lemma: t.lemma,
    pos: t.pos,
    sentence: 0,
  }));
  const sentences = splitSentences(tokens, merged, text);
  return { tokens, sentences };
}

function winkTokens(text: string): RawToken[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare lemma with a third (addons) parameter that `out` supplies itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span as unknown as typeof its.value) as unknown as Array<
    [number, number]
  >;
  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([a, b], s) => {
    for (let i = a; i <= b; i++) sentenceOf[i] = s;
  });
  const out: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const p = pos[i] as Pos;
    if (p === 'SPACE' || value.trim() === '') continue;
    const at = text.indexOf(value, cursor);
    // wink keeps token text verbatim; a miss means an unexpected normalisation: skip the token.
    if (at < 0 || at - cursor > 200) continue;
    cursor = at + value.length;
    out.push({
      start: at,
      end: cursor,
      text: value,
      pos: p,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      winkSentence: sentenceOf[i]!,
    });
  }
  return out;
}

const TaggerFile = z.object({
  lemmas: z.record(z.string(), z.string()).default({}),
  verbs: z.array(z.string()).default([]),
});
let taggerFixes: { lemmas: Map<string, string>; verbs: Set<string> } | undefined;

/** data/nlp/tagger.yaml: lemmas wink gets wrong, and verb forms it tags as adjectives. */
function fixTags(tokens: RawToken[]): RawToken[] {
  if (!taggerFixes) {
    const { value } = readYamlObject(dataPath('nlp', 'tagger.yaml'), TaggerFile);
    taggerFixes = {
      lemmas: new Map(Object.entries(value?.lemmas ?? {})),
      verbs: new Set(value?.verbs ?? []),
    };
  }
  const { lemmas, verbs } = taggerFixes;
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    const lemma = lemmas.get(lower);
    if (lemma) t.lemma = lemma;
    const prev = tokens[i - 1];
    if (
      t.pos === 'ADJ' &&
      verbs.has(lower) &&
      prev !== undefined &&
      prev.pos !== 'DET' &&
      !(prev.text === '-' && prev.end === t.start)
    )
      t.pos = 'VERB';
    // "the opposition-controlled legislature", "Hamas-led gunmen": a participle glued to the word
    // before it by a hyphen is an adjective.
    const before = tokens[i - 2];
    if (
      t.pos === 'VERB' &&
      prev?.text === '-' &&
      prev.end === t.start &&
      before !== undefined &&
      before.end === prev.start &&
      /(ed|en)$/.test(lower)
    )
      t.pos = 'ADJ';
    // "Boko Haram abducted 30 girls", "Ukraine shot down drones": a past form right after a name and
    // before a determiner, number or particle is the name's verb, whatever the tagger says.
    const after = tokens[i + 1];
    if (
      (t.pos === 'NOUN' || t.pos === 'ADJ') &&
      prev?.pos === 'PROPN' &&
      (/ed$/.test(lower) || lemmas.get(lower) !== undefined) &&
      after !== undefined &&
      /^(DET|NUM|ADP|PART|PRON)$/.test(after.pos)
    )
      t.pos = 'VERB';
    // "North Korea's launch", "Iran's test": a word after a possessive marker is a noun.
    if (t.pos === 'VERB' && prev?.pos === 'PART' && /^['’]s?$/.test(prev.text)) t.pos = 'NOUN';
  });
  return tokens;
}

/** Joins adjacent pieces of dotted abbreviations ("U" "." "S." or "U." "S.") into one token. */
function mergeAbbreviations(raw: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const t of raw) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && isAbbreviationPiece(prev.text) && /^[.]$|^[A-Z]\.?$/.test(t.text)) {
      const joined = text.slice(prev.start, t.end);
      if (/^([A-Z]\.)*[A-Z]\.?$/.test(joined)) {
        prev.end = t.end;
        prev.text = joined;
        prev.pos = 'PROPN';
        prev.lemma = joined.toLowerCase();
        continue;
      }
    }
    out.push({ ...t });
  }
  return out;
}

const isAbbreviationPiece = (s: string): boolean => /^([A-Z]\.)*[A-Z]\.?$/.test(s);

function splitSentences(tokens: Token[], raw: RawToken[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (end: number) => {
    if (end <= first) return;
    const index = sentences.length;
    for (let i = first; i < end; i++) tokens[i]!.sentence = index;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      firstToken: first,
      endToken: end,
    });
    first = end;
  };
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const between = text.slice(prev.end, tokens[i]!.start);
    const winkBreak = raw[i]!.winkSentence !== raw[i - 1]!.winkSentence;
    if (between.includes('\n')) close(i);
    else if (winkBreak && !continuesAbbreviation(prev, tokens[i]!)) close(i);
  }
  close(tokens.length);
  return sentences;
}

/** wink sometimes breaks after an abbreviation that cannot end a sentence here ("U.S. alliance"). */
const continuesAbbreviation = (prev: Token, next: Token): boolean =>
  /^([A-Z]\.){2,}$/.test(prev.text) && /^[a-z]/.test(next.text);
