/**
 * The table of command models, keyed by command name. A RUN line's simple commands are looked up
 * here; a name that is not in the table is reported as not modelled.
 */
import { apkModel } from './commands/apk';
import { aptModel } from './commands/apt';
import { archiveModel, downloadModel } from './commands/download';
import { copyMoveModel, createModel, permissionModel, rmModel } from './commands/files';
import { goModel } from './commands/go';
import { gradleModel, javacModel, mavenModel } from './commands/java';
import { cargoModel, ccModel, makeModel } from './commands/native';
import { nodeModel } from './commands/node';
import { pythonModel } from './commands/python';
import { rpmModel } from './commands/rpm';
import { usersModel } from './commands/users';
import type { CommandModel } from './types';

const MODELS: readonly CommandModel[] = [
  aptModel,
  apkModel,
  rpmModel,
  pythonModel,
  nodeModel,
  goModel,
  mavenModel,
  gradleModel,
  javacModel,
  ccModel,
  makeModel,
  cargoModel,
  downloadModel,
  archiveModel,
  rmModel,
  createModel,
  copyMoveModel,
  permissionModel,
  usersModel,
];

/** Commands that change nothing on disk (or only things the model need not track). */
export const NO_EFFECT_COMMANDS: ReadonlySet<string> = new Set([
  'echo',
  'printf',
  'true',
  'false',
  'test',
  '[',
  'set',
  'export',
  'exit',
  'sleep',
  'env',
  'whoami',
  'id',
  'ls',
  'cat',
  'pwd',
  'uname',
  'which',
  'command',
  'type',
  'java',
  'node',
  'go version',
  'nginx',
  'date',
  'grep',
  'sed',
  'awk',
  'head',
  'tail',
  'wc',
  'sort',
  'xargs',
  'find',
  'stat',
  'du',
  'df',
  'file',
  'ldd',
  'update-ca-certificates',
  'locale-gen',
  'ldconfig',
  'sync',
  ':',
  'source',
  '.',
  'unset',
  'shift',
  'trap',
]);

const BY_NAME = new Map<string, CommandModel>();
for (const model of MODELS) for (const name of model.names) BY_NAME.set(name, model);

/** The model for a command name (argv[0] without its folder; `./mvnw` → `mvnw`), or null. */
export function findCommandModel(name: string): CommandModel | null {
  return BY_NAME.get(name) ?? null;
}

/** All command names with a model, for documentation and tests. */
export function modelledCommands(): string[] {
  return [...BY_NAME.keys()].sort();
}
