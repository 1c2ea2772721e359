/**
 * COPY and ADD: files from the build context (exact sizes), from a stage's or an image's filesystem
 * (whatever the source path holds: one artifact, or `/` for everything), heredoc files, and ADD's
 * URLs and local archives (modelled with low confidence).
 */
import type { Confidence, ManifestEntry } from '../../catalog/types';
import type { CopyInstruction } from '../../dockerfile/types';
import type { BuildContext } from '../types';
import type { LayerWriter } from '../fs/layer-writer';
import { basename, entryRoot, globToRegExp, hasGlob, isUnder, normalizePath } from '../fs/paths';
import { fogOver, fogWithin, type Fog } from '../fs/presence';
import { forEachUnder, lookupPath, type ReadonlyFsTree } from '../fs/tree';
import { matchContextSource } from '../context/index';
import { mb } from './helpers';
import { expandHeredoc, recordScope } from '../../shell';
import { applyMode } from './commands/coreutils/permissions';

/** Where COPY reads from. */
export type CopySource =
  | { kind: 'context'; context: BuildContext }
  | { kind: 'tree'; label: string; tree: ReadonlyFsTree; fog: readonly Fog[]; contents: Map<string, string> };

/** The outcome of a COPY/ADD. */
export interface CopyEffect {
  bytes: number;
  confidence: Confidence;
  explanation: string;
  /** Sources that are provably absent (BuildKit fails the build on these). */
  missing: string[];
  /** Sources whose presence cannot be told (an unknown region of the source): copied as unknown. */
  unverified: Array<{ source: string; because: string }>;
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/;

function destFor(dest: string, workdir: string, manySources: boolean): { path: string; isDir: boolean } {
  const isDir = dest.endsWith('/') || dest === '.' || manySources;
  return { path: normalizePath(dest, workdir), isDir };
}

function targetPath(destPath: string, destIsDir: boolean, relative: string, fromDirectory: boolean): string {
  if (fromDirectory) return normalizePath(relative, destPath);
  return destIsDir ? normalizePath(relative, destPath) : destPath;
}

/** `--chown=user[:group]` as uid/gid: numbers, or names in the stage's /etc/passwd and /etc/group. */
function chownIds(
  spec: string,
  contents: ReadonlyMap<string, string>,
): { uid?: number; gid?: number } | null {
  const id = (file: string, name: string): number | undefined => {
    if (/^\d+$/.test(name)) return Number(name);
    if (name === 'root') return 0;
    for (const line of (contents.get(file) ?? '').split('\n')) {
      const f = line.split(':');
      if (f[0] === name && /^\d+$/.test(f[2] ?? '')) return Number(f[2]);
    }
    return undefined;
  };
  const [u, g] = spec.split(':');
  const uid = u ? id('/etc/passwd', u) : undefined;
  const gid = g ? id('/etc/group', g) : uid;
  return uid === undefined && gid === undefined
    ? null
    : { ...(uid !== undefined ? { uid } : {}), ...(gid !== undefined ? { gid } : {}) };
}

/**
 * Apply a COPY/ADD to a layer. `expand` substitutes ENV/ARG in sources and destination (Docker does
 * this for COPY/ADD). `contents` receives the text of context files copied in, by image path.
 */
export function applyCopy(
  ins: CopyInstruction,
  source: CopySource,
  writer: LayerWriter,
  workdir: string,
  expand: (s: string) => string,
  contents: Map<string, string>,
  vars?: Readonly<Record<string, string>>,
): CopyEffect {
  const sources = ins.sources.map(expand);
  const dest = destFor(expand(ins.destination), workdir, sources.length + ins.heredocs.length > 1);
  if (!dest.isDir && writer.lookup(dest.path)?.entry.kind === 'dir') dest.isDir = true;
  let bytes = 0;
  let confidence: Confidence = 'exact';
  const missing: string[] = [];
  const unverified: CopyEffect['unverified'] = [];
  const notes: string[] = [];
  const copiedNotes: string[] = [];
  const mode = ins.chmod ? (applyMode(expand(ins.chmod), 0o644) ?? undefined) : undefined;
  const owner = ins.chown ? chownIds(expand(ins.chown), contents) : null;
  const put = (e: ManifestEntry) => {
    let entry = mode !== undefined && e.kind !== 'dir' && e.kind !== 'bulk' ? { ...e, mode } : e;
    if (owner) entry = { ...entry, ...owner };
    writer.add(entry);
    bytes += entry.sizeBytes > 0 ? entry.sizeBytes : 0;
  };

  for (const h of ins.heredocs) {
    const path = targetPath(dest.path, dest.isDir || ins.heredocs.length > 1, h.name, false);
    // An unquoted delimiter: ARG and ENV values are expanded at build time (Dockerfile reference,
    // "Here-Documents"); quotes in the body stay as written, as in a shell heredoc.
    const text = h.expand && vars ? expandHeredoc(h.content, recordScope(vars)).value : h.content;
    put({
      path,
      kind: text.startsWith('#!') ? 'script' : 'regular',
      sizeBytes: new TextEncoder().encode(text).length,
      shebang: text.startsWith('#!') ? text.slice(2).split('\n')[0].trim().split(/\s+/)[0] : undefined,
    });
    contents.set(path, text);
  }

  for (const src of sources) {
    if (ins.kind === 'add' && /^(https?|git|ssh):\/\/|^git@/.test(src)) {
      const isGit = /\.git(#.*)?$|^git/.test(src);
      const path =
        isGit || dest.isDir
          ? normalizePath(isGit ? '.' : basename(src.replace(/[?#].*$/, '')), dest.path)
          : dest.path;
      put({
        path: isGit ? `${path}/**` : path,
        kind: isGit ? 'bulk' : 'regular',
        sizeBytes: 0,
        estimate: true,
        note: `downloaded from ${src}`,
      });
      confidence = 'low';
      notes.push(`ADD downloads ${src}; its size is unknown to the model (0 B counted).`);
      continue;
    }
    if (source.kind === 'context') {
      const matches = matchContextSource(source.context, src);
      if (matches.length === 0) {
        // BuildKit copies with AllowEmptyWildcard: a pattern matching nothing copies nothing
        // (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go, dispatchCopy); a plain
        // path that is missing fails the build.
        if (hasGlob(src))
          notes.push(`${src} matches nothing in the build context: nothing is copied for it.`);
        else missing.push(src);
        continue;
      }
      for (const m of matches) {
        const path = targetPath(dest.path, dest.isDir || matches.length > 1, m.relative, m.fromDirectory);
        if (ins.kind === 'add' && ARCHIVE.test(m.file.path) && !m.fromDirectory) {
          put({
            path: `${dest.path}/**`,
            kind: 'bulk',
            sizeBytes: m.file.sizeBytes,
            estimate: true,
            note: `extracted from ${m.file.path}`,
          });
          confidence = 'low';
          notes.push(
            `ADD extracts the local archive ${m.file.path}; its extracted size is unknown (the archive's ${mb(m.file.sizeBytes)} is used).`,
          );
          continue;
        }
        const content = m.file.content;
        const shebang = content?.startsWith('#!')
          ? content.slice(2).split('\n')[0].trim().split(/\s+/)[0]
          : undefined;
        put({
          path,
          kind: shebang ? 'script' : m.file.path.endsWith('.jar') ? 'jar' : 'regular',
          sizeBytes: m.file.sizeBytes,
          shebang,
          // COPY keeps the context file's mode (--chmod, applied below, overrides it).
          ...(m.file.mode !== undefined
            ? { mode: m.file.mode & 0o7777 }
            : shebang
              ? {
                  modeUnknown: `the build context does not say whether ${m.file.path} is executable (COPY keeps the mode the file has in the context)`,
                }
              : {}),
        });
        if (content !== undefined) contents.set(path, content);
      }
      continue;
    }
    // From a stage or an image: whatever lives at (or below) the source path.
    const srcPath = normalizePath(src, '/');
    const tree = source.tree;
    let matched: Array<{ entry: ManifestEntry; key: string; rel: string; fromDir: boolean }> = [];
    if (hasGlob(srcPath)) {
      const re = globToRegExp(srcPath);
      tree.forEach((entry, key) => {
        if (re.test(key)) matched.push({ entry, key, rel: basename(key), fromDir: false });
      });
    } else {
      const exact = tree.get(srcPath);
      if (exact && exact.kind !== 'dir' && exact.kind !== 'bulk')
        matched.push({ entry: exact, key: srcPath, rel: basename(srcPath), fromDir: false });
      else {
        // Only the source folder's part of the tree is read (no [key, entry] pair per entry).
        forEachUnder(tree, srcPath, (entry, key) => {
          matched.push({
            entry,
            key,
            rel: srcPath === '/' ? key.slice(1) : key.slice(srcPath.length + 1),
            fromDir: true,
          });
        });
        if (matched.length === 0) {
          const hit = lookupPath(tree, srcPath);
          if (hit) {
            matched = [
              {
                entry: {
                  ...hit.entry,
                  path: srcPath,
                  kind: hit.viaBulk ? 'regular' : hit.entry.kind,
                  sizeBytes: hit.viaBulk ? 0 : hit.entry.sizeBytes,
                  estimate: hit.viaBulk || hit.entry.estimate,
                },
                key: srcPath,
                rel: basename(srcPath),
                fromDir: false,
              },
            ];
            if (hit.viaBulk) {
              confidence = 'low';
              notes.push(
                `${srcPath} lies inside a summarised folder of ${source.label}; its own size is unknown.`,
              );
            }
          }
        }
      }
    }
    if (matched.length === 0) {
      const fog = hasGlob(srcPath)
        ? fogWithin(source.fog, srcPath.replace(/\/[^/]*[*?[].*$/, '') || '/')
        : fogOver(source.fog, srcPath);
      if (!fog) {
        // As above: an empty wildcard match is allowed (dispatchCopy, AllowEmptyWildcard).
        if (hasGlob(srcPath))
          notes.push(`${srcPath} matches nothing in ${source.label}: nothing is copied for it.`);
        else missing.push(src);
        continue;
      }
      unverified.push({ source: src, because: fog.reason });
      // Whether the source is a file (copied to DEST/name) or a folder (its contents copied into DEST,
      // dispatchCopy / copy.go) is unknown too, so the unknown region is the destination itself.
      writer.addFog({
        path: dest.path,
        reason: `copied from ${source.label}, where ${fog.reason}`,
      });
      confidence = 'low';
      notes.push(
        `${srcPath} cannot be verified in ${source.label} (${fog.reason}); what is copied is unknown.`,
      );
      continue;
    }
    // A folder whose contents are partly unknown copies that unknown part too.
    if (!hasGlob(srcPath) && matched.some((m) => m.fromDir)) {
      const over = fogOver(source.fog, srcPath);
      if (over) writer.addFog({ path: dest.path, reason: over.reason });
      for (const f of source.fog) {
        if (!isUnder(f.path, srcPath) || f.path === srcPath) continue;
        writer.addFog({
          path: normalizePath(f.path.slice(srcPath === '/' ? 1 : srcPath.length + 1), dest.path),
          reason: f.reason,
        });
      }
    }
    for (const m of matched) {
      const relRoot = m.fromDir ? m.rel : m.rel;
      const root = entryRoot(m.entry.path);
      const suffix = m.entry.path.length > root.length ? m.entry.path.slice(root.length) : '';
      const base = m.fromDir
        ? relRoot
          ? normalizePath(relRoot, dest.path)
          : dest.path
        : dest.isDir || matched.length > 1
          ? normalizePath(relRoot, dest.path)
          : dest.path;
      put({ ...m.entry, path: `${base}${suffix}` });
      if (m.entry.note && m.entry.kind !== 'bulk') copiedNotes.push(`${base}: ${m.entry.note}`);
      if (m.entry.estimate) confidence = confidence === 'exact' ? 'low' : confidence;
      if (!m.fromDir) {
        const text = source.contents.get(m.key);
        if (text !== undefined) contents.set(base, text);
      }
    }
    // A folder's known texts, in one pass over the source's texts (not one per copied file).
    if (!hasGlob(srcPath) && matched.some((m) => m.fromDir)) {
      const cut = srcPath === '/' ? 1 : srcPath.length + 1;
      source.contents.forEach((t, p) => {
        if (p !== srcPath && isUnder(p, srcPath)) contents.set(normalizePath(p.slice(cut), dest.path), t);
      });
    }
    if (confidence === 'exact') confidence = 'high';
  }

  // Here-documents are written from the Dockerfile's own text; sources, if any, from the context.
  const from =
    source.kind !== 'context'
      ? source.label
      : ins.heredocs.length === 0
        ? 'the build context'
        : sources.length === 0
          ? `the Dockerfile's here-document${ins.heredocs.length > 1 ? 's' : ''}`
          : "the Dockerfile's here-documents and the build context";
  if (source.kind === 'tree' && copiedNotes.length > 0 && copiedNotes.length <= 3)
    notes.push(`${copiedNotes.join('; ')}.`);
  const explanation = `${ins.kind.toUpperCase()} copies ${mb(bytes)} from ${from} to ${dest.path}${
    source.kind === 'tree'
      ? ': exactly what the source holds at those paths, nothing else'
      : ' (the files’ real sizes)'
  }.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`;
  return {
    bytes,
    confidence: source.kind === 'context' && confidence === 'exact' ? 'exact' : confidence,
    explanation,
    missing,
    unverified,
  };
}
