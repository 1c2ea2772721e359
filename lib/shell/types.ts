/**
 * The typed tree of a shell script as `sh -c` and `bash -c` read it: lists of and-or chains of
 * pipelines of commands. Words keep their raw text (quotes and `$` intact) so that they are expanded
 * when the script is walked, with the variables and working directory of that moment.
 */

/** One word as written, with its offsets in the script. */
export interface Word {
  raw: string;
  start: number;
  end: number;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

/** A redirection: `[fd]op target`; a heredoc (`<<EOF`) carries its body. */
export interface Redirect {
  /** The file descriptor written before the operator (`2>`), or null for the default. */
  fd: number | null;
  op: RedirectOp;
  /** The target word (for a heredoc, the delimiter). */
  target: Word;
  /** For `<<` and `<<-`: the body (tabs already stripped for `<<-`), and whether it is expanded. */
  heredoc: { body: string; expand: boolean } | null;
}

/** `NAME=value ... argv... redirections`. */
export interface SimpleNode {
  kind: 'simple';
  /** `NAME=value` words before the command name (raw). */
  assignments: Word[];
  words: Word[];
  redirects: Redirect[];
  /** The command as written (words and redirections, for explanations). */
  text: string;
}

export interface SubshellNode {
  kind: 'subshell' | 'group';
  body: ListNode;
  redirects: Redirect[];
}

export interface IfNode {
  kind: 'if';
  clauses: Array<{ cond: ListNode; body: ListNode }>;
  elseBody: ListNode | null;
  redirects: Redirect[];
}

export interface ForNode {
  kind: 'for';
  name: string;
  /** The words after `in`, or null when there is no `in` (the positional parameters). */
  words: Word[] | null;
  body: ListNode;
  redirects: Redirect[];
}

export interface WhileNode {
  kind: 'while' | 'until';
  cond: ListNode;
  body: ListNode;
  redirects: Redirect[];
}

export interface CaseNode {
  kind: 'case';
  word: Word;
  arms: Array<{ patterns: Word[]; body: ListNode }>;
  redirects: Redirect[];
}

export interface FunctionNode {
  kind: 'function';
  name: string;
  body: CommandNode;
}

export type CommandNode = SimpleNode | SubshellNode | IfNode | ForNode | WhileNode | CaseNode | FunctionNode;

export interface PipelineNode {
  kind: 'pipeline';
  negated: boolean;
  commands: CommandNode[];
}

export interface AndOrNode {
  kind: 'andor';
  first: PipelineNode;
  rest: Array<{ op: '&&' | '||'; pipeline: PipelineNode }>;
}

export interface ListNode {
  kind: 'list';
  items: Array<{ andOr: AndOrNode; background: boolean }>;
}
