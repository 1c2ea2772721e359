/**
 * Downloads and archives: curl and wget write a file of unknown size (low confidence), tar and unzip
 * extract archives whose contents the model cannot see.
 */
import { basename } from '../../fs/paths';
import { addEntries, addFog, readArgs, resolvePath, whichInLayer } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel } from '../types';

/** curl and wget. */
export const downloadModel: CommandModel = {
  names: ['curl', 'wget'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    if (whichInLayer(ctx, tool).presence === 'absent') {
      ctx.fail({
        message: `/bin/sh: 1: ${tool}: not found`,
        hint: `The base image has no ${tool}: install it first, or use ADD <url>.`,
        certain: true,
      });
      return;
    }
    const { flags, positional } = readArgs(cmd.argv.slice(1), [
      '-o',
      '--output',
      '-O',
      '-H',
      '-u',
      '-X',
      '-d',
      '--retry',
      '-w',
      '-P',
    ]);
    const url = positional.find((p) => /^(https?|ftp):\/\//.test(p));
    let out: string | null = null;
    // Combined short flags: `-fsSLo FILE` (output file) or `-fsSLO` (remote name).
    const args = cmd.argv.slice(1);
    const combined = args.findIndex((a) => /^-[a-zA-Z]+$/.test(a) && a.length > 2 && /[oO]$/.test(a));
    if (combined >= 0 && args[combined].endsWith('o') && args[combined + 1]) out = args[combined + 1];
    else if (combined >= 0 && args[combined].endsWith('O') && tool === 'curl' && url)
      out = basename(url.replace(/[?#].*$/, ''));
    const o = flags.get('-o') ?? flags.get('--output');
    if (out === null && typeof o === 'string') out = o;
    else if (out === null && tool === 'wget' && typeof flags.get('-O') === 'string')
      out = String(flags.get('-O'));
    else if (
      out === null &&
      (flags.get('-O') === true || flags.has('--remote-name') || tool === 'wget') &&
      url
    )
      out = basename(url.replace(/[?#].*$/, '')) || 'index.html';
    if (!out || out === '-') {
      ctx.contribute({
        text: `${tool} writes the download to standard output (piped or discarded): nothing is stored by it.`,
        confidence: 'medium',
        citations: [],
      });
      return;
    }
    const path = resolvePath(ctx, out);
    addEntries(ctx, [
      { path, kind: 'regular', sizeBytes: 0, estimate: true, note: `downloaded from ${url ?? 'a URL'}` },
    ]);
    ctx.contribute({
      text: `${tool} downloads ${url ?? 'a file'} to ${path}; its size is unknown to the model (counted as 0 B).`,
      confidence: 'low',
      citations: [],
    });
  },
};

/** tar and unzip. */
export const archiveModel: CommandModel = {
  names: ['tar', 'unzip', 'gunzip', 'gzip'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    const extracting =
      tool === 'unzip' || tool === 'gunzip' || args.some((a) => /^-?[a-zA-Z]*x/.test(a) || a === '--extract');
    if (!extracting) {
      ctx.contribute({
        text: `${tool} creates an archive; its size is not modelled.`,
        confidence: 'low',
        citations: [],
      });
      return;
    }
    const c = args.indexOf('-C');
    const d = args.indexOf('-d');
    const dest = resolvePath(
      ctx,
      c >= 0 && args[c + 1] ? args[c + 1] : d >= 0 && args[d + 1] ? args[d + 1] : '.',
    );
    addFog(ctx, [dest], `what ${tool} extracts into ${dest} is not known to the simulator`);
    addEntries(ctx, [
      {
        path: `${dest}/**`,
        kind: 'bulk',
        sizeBytes: 0,
        estimate: true,
        note: 'extracted archive (size unknown)',
      },
    ]);
    ctx.contribute({
      text: `${tool} extracts an archive into ${dest}; the model cannot see its contents (0 B, low confidence).`,
      confidence: 'low',
      citations: [],
    });
  },
};
