/** One news article: the unit every stage works on. Offsets everywhere are into `text`. */
export interface Article {
  /** Stable id: given by the input, else derived from the content hash. */
  id: string;
  /** Full text, paragraphs separated by "\n". All spans index into this string. */
  text: string;
  /** Publication date, `YYYY-MM-DD`: the anchor every relative date is normalised against. */
  published: string;
  title?: string;
  url?: string;
  /** The outlet or feed (`reuters`, `wire`, ...): counted by NumSources. */
  source?: string;
  /** ISO 639-1 language code when known. */
  language?: string;
}
