/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
