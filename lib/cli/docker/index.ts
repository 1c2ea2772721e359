/**
 * The simulated `docker` command line: a session (images, build cache, the build context) and
 * command lines run against it, with Docker's output formats and error texts.
 */
export { createDockerSession, imageNames, type SessionOptions } from './session';
export { currentPrompt, executeKey, executeLine, HOST_PROMPT, streamText, type TerminalKey } from './execute';
export { completeLine, type Completion } from './complete';
export type { CommandResult, DockerSession, LineResult, OutputChunk, StoredImage } from './types';
