/**
 * A problem found while processing, collected rather than thrown (one bad article or line never
 * stops a batch). `where` names the file and line, or the article id.
 */
export interface Issue {
  code: IssueCode;
  message: string;
  where?: string;
  line?: number;
}

export type IssueCode =
  | 'EMPTY_INPUT'
  | 'UNREADABLE'
  | 'BAD_JSON'
  | 'BAD_FIELD'
  | 'BAD_DATE'
  | 'NOT_ENGLISH'
  | 'DUPLICATE'
  | 'BAD_DATA'
  | 'INTERNAL';

export const issue = (code: IssueCode, message: string, where?: string, line?: number): Issue => ({
  code,
  message,
  ...(where !== undefined && { where }),
  ...(line !== undefined && { line }),
});

export const formatIssue = (i: Issue): string =>
  `${i.where ?? ''}${i.line !== undefined ? `:${i.line}` : ''}${i.where ? ': ' : ''}${i.message} [${i.code}]`;
