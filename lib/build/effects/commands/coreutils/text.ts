/**
 * Commands whose output the model can know: `echo` and `printf` (their arguments), `cat` (its
 * input, or files whose text is known) and `tee` (its input, also written to its files, `-a`
 * appends). Their output feeds redirections and pipes, so `echo x > f`, `cat > f <<EOF` and
 * `printf … | tee -a f` write files with known content and exact sizes.
 */
import { commandName, echoOutput, printfOutput } from '../../../../shell';
import type { CommandModel, RunContext } from '../../types';
import { readText, writeFile } from './write';

/** True when `echo` interprets backslash escapes: dash (Debian's and Ubuntu's /bin/sh) does. */
function echoEscapes(ctx: RunContext): boolean {
  const shell = ctx.state.config.shell[0] ?? '/bin/sh';
  if (shell.endsWith('bash')) return false;
  return ctx.state.distro.family === 'debian' || ctx.state.distro.family === 'ubuntu';
}

/** echo, printf. */
export const printModel: CommandModel = {
  names: ['echo', 'printf'],
  apply(cmd, ctx) {
    const args = cmd.argv.slice(1);
    const out = commandName(cmd.argv) === 'echo' ? echoOutput(args, echoEscapes(ctx)) : printfOutput(args);
    ctx.output?.(ctx.unknownWords ? null : out);
  },
};

/** cat. */
export const catModel: CommandModel = {
  names: ['cat'],
  apply(cmd, ctx) {
    const files = cmd.argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
    if (files.length === 0) {
      ctx.output?.(ctx.stdin === undefined ? '' : ctx.stdin);
      return;
    }
    let out: string | null = '';
    for (const f of files) {
      const text = f === '-' ? (ctx.stdin ?? null) : readText(ctx, f);
      out = out === null || text === null ? null : out + text;
    }
    ctx.output?.(out);
  },
};

/** tee [-a] FILE…: writes its input to each file and passes it on. */
export const teeModel: CommandModel = {
  names: ['tee'],
  apply(cmd, ctx) {
    const args = cmd.argv.slice(1);
    const append = args.some((a) => a === '-a' || a === '--append' || /^-[a-z]*a/.test(a));
    const files = args.filter((a) => !a.startsWith('-'));
    const input = ctx.stdin === undefined ? '' : ctx.stdin;
    for (const f of files) {
      const r = writeFile(ctx, f, ctx.unknownWords ? null : input, append, 'written by tee', 'tee');
      if (!r.ok) break;
    }
    ctx.output?.(input);
    if (files.length > 0)
      ctx.contribute({
        text: `tee ${append ? 'appends' : 'writes'} ${input === null ? 'output the model does not know' : 'known text'} to ${files.join(', ')}.`,
        confidence: input === null ? 'low' : 'high',
        citations: [],
      });
  },
};
