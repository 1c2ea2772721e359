/**
 * The one shell reader: a script becomes a typed tree (./parse, ./types), is walked as sh runs it
 * (./walk), with words expanded when each command runs (./expand). Lint, the build's RUN effects,
 * `docker run` and the docker terminal all read shell text through here.
 */
export type * from './types';
export { parseScript, scanWord, MAX_COMMANDS } from './parse';
export {
  expandHeredoc,
  expandString,
  expandWord,
  globMatch,
  LITERAL_SCOPE,
  recordScope,
  type Expanded,
  type Scope,
} from './expand';
export {
  joinPath,
  walkScript,
  type ExpandedRedirect,
  type Invocation,
  type Outcome,
  type WalkOptions,
  type WalkResult,
} from './walk';
export { echoOutput, printfOutput, testStatus, type PathKind } from './builtins';
export {
  commandName,
  eachSimple,
  splitCommandList,
  splitCommands,
  wordsOf,
  type ListedCommand,
  type SimpleCommand,
  type WordsCommand,
} from './compat';
