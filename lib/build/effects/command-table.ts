/**
 * The table of command models, keyed by command name. A RUN line's simple commands are looked up
 * here; a name that is not in the table is reported as not modelled.
 */
import { apkModel } from './commands/apk';
import { aptModel } from './commands/apt';
import { archiveModel, downloadModel } from './commands/download';
import {
  catModel,
  copyMoveModel,
  createModel,
  permissionModel,
  printModel,
  rmModel,
  teeModel,
} from './commands/coreutils/index';
import { gitModel } from './commands/git';
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
  printModel,
  catModel,
  teeModel,
  gitModel,
];

/** Commands that change nothing on disk (or only things the model need not track). */
export const NO_EFFECT_COMMANDS: ReadonlySet<string> = new Set([
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
  'pwd',
  'uname',
  'which',
  'command',
  'type',
  'java',
  'node',
  'nginx',
  'date',
  'grep',
  'head',
  'tail',
  'wc',
  'sort',
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

/**
 * Commands that may write where the model cannot follow: `sed -i` edits files in place, `find` can
 * `-delete` or `-exec`, `xargs` runs commands from its input. Not "no effect": what they touch is
 * unknown (the engine marks it so).
 */
export const UNKNOWN_EFFECT_COMMANDS: ReadonlySet<string> = new Set([
  'sed',
  'find',
  'xargs',
  'perl',
  'awk',
  'patch',
  'eval',
]);

/** True when `sed`/`find` as written only read: `sed` without `-i`, `find` without `-delete`/`-exec`. */
export function onlyReads(argv: readonly string[]): boolean {
  const name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1);
  if (name === 'sed')
    return !argv.some(
      (a) =>
        a === '-i' ||
        a.startsWith('-i') ||
        a === '--in-place' ||
        a.startsWith('--in-place=') ||
        (/^-[a-zA-Z]+$/.test(a) && a.includes('i')),
    );
  if (name === 'find')
    return !argv.some(
      (a) =>
        a === '-delete' || a.startsWith('-exec') || a === '-ok' || a === '-okdir' || a.startsWith('-fprint'),
    );
  if (name === 'awk') return !argv.some((a) => a === '-i' || a === 'inplace');
  return false;
}

/**
 * What an unknown-effect command may have written, when the command says: `sed -i` the files it
 * names (not its script), `find … -delete/-exec` the folders it searches. Null: ask the general rule.
 */
export function unknownEffectRegions(argv: readonly string[]): string[] | null {
  const name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1);
  const args = argv.slice(1);
  if (name === 'sed') {
    const files: string[] = [];
    let scriptGiven = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-e' || a === '-f' || a === '--expression' || a === '--file') {
        scriptGiven = true;
        i++;
      } else if (a.startsWith('-')) continue;
      else if (!scriptGiven) scriptGiven = true;
      else files.push(a);
    }
    return files.length > 0 ? files : null;
  }
  if (name === 'find') {
    const roots: string[] = [];
    for (const a of args) {
      if (a.startsWith('-') || a === '(' || a === '!') break;
      roots.push(a);
    }
    return roots.length > 0 ? roots : ['.'];
  }
  return null;
}

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
