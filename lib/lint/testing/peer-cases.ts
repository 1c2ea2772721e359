/**
 * The lint-peers corpus (`../shared/corpus/lint-peers/cases.json`): cases taken from hadolint's rule
 * specs and BuildKit's check tests, each run through Stagecraft's linter and compared with what the
 * peer expects. Node-only (reads the corpus from disk); used by the conformance test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { planBuild } from '../../plan/plan';
import { parseDockerfile } from '../../dockerfile/parse';
import { CORPUS_DIR } from '../../dockerfile/testing/corpus';
import { lintDockerfile, type LintOptions } from '../lint';
import { ruleIdsOf } from '../ids';

/** One case of the corpus (see its README). */
export interface PeerCase {
  id: string;
  source: string;
  peer: 'hadolint' | 'buildkit';
  rule: string;
  dockerfile: string;
  expect: 'catches' | 'not';
  count?: number;
  line?: number;
  lines?: number[];
  peerWarningsLinesAsserted?: boolean;
  /** Every warning BuildKit's test expects, in order (a line appears once per warning). */
  peerWarnings?: Array<{ rule: string; line: number }>;
  buildArgs?: Record<string, string>;
  files?: Record<string, string>;
  peerConfig?: string;
  /** hadolint's message for the rule; BuildKit's messages of the warnings its test expects. */
  peerMessage?: string;
  peerMessages?: string[];
  variant?: string;
  /** Lines the corpus added at the top (a `FROM` for snippets that had none); not the peer's text. */
  addedLines?: number;
}

/** The outcome of one case. */
export interface CaseResult {
  case: PeerCase;
  agree: boolean;
  /** What the linter reported for the case's rule: the 1-based lines of its findings. */
  gotLines: number[];
  /** The messages of those findings, in line order. */
  messages: string[];
  expected: string;
  got: string;
}

export const PEER_CASES_FILE = path.join(CORPUS_DIR, 'lint-peers', 'cases.json');

/** The cases, or null when the corpus is not beside the repository. */
export function loadPeerCases(file: string = PEER_CASES_FILE): PeerCase[] | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as PeerCase[];
}

/** hadolint's `def { allowedRegistries = [ a , b ] }` as lint options. */
function configOf(c: PeerCase): LintOptions {
  const options: LintOptions = { buildArgs: c.buildArgs, dockerignore: c.files?.['.dockerignore'] ?? null };
  const m = c.peerConfig ? /allowedRegistries\s*=\s*\[([^\]]*)\]/.exec(c.peerConfig) : null;
  if (m) {
    options.allowedRegistries = m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return { ...options, ...PEER_SPEC_CONFIG[c.rule] };
}

/**
 * The configuration the peer's spec file sets for a rule where the case does not carry it: hadolint's
 * label specs (test/Hadolint/Rule/DL30xxSpec.hs) each run with a one-label schema, DL3050 with
 * `strictLabels`; DL3048 needs only the label rules turned on; DL1001 and DL3057, off by default in
 * hadolint, are turned on.
 */
const PEER_SPEC_CONFIG: Record<string, LintOptions> = {
  DL1001: { enable: ['DL1001'] },
  DL3057: { enable: ['DL3057'] },
  DL3048: { labelSchema: {} },
  DL3049: { labelSchema: { foo: 'text' } },
  DL3050: { labelSchema: { required: 'text' }, strictLabels: true },
  DL3051: { labelSchema: { emptylabel: 'text' } },
  DL3052: { labelSchema: { urllabel: 'url' } },
  DL3053: { labelSchema: { datelabel: 'rfc3339' } },
  DL3054: { labelSchema: { spdxlabel: 'spdx' } },
  DL3055: { labelSchema: { githash: 'hash' } },
  DL3056: { labelSchema: { semver: 'semver' } },
  DL3058: { labelSchema: { maintainer: 'email' } },
};

/** Runs one case through the linter and compares. */
export function runPeerCase(c: PeerCase): CaseResult {
  const df = parseDockerfile(c.dockerfile);
  const options = configOf(c);
  const graph = planBuild(df, { buildArgs: c.buildArgs });
  // Findings on the lines the corpus added are about the added FROM, which the peer never saw.
  const added = c.addedLines ?? 0;
  const found = [...df.diagnostics, ...graph.diagnostics, ...lintDockerfile(df, graph, options)].filter(
    (d) => ruleIdsOf(d).includes(c.rule) && d.range.start.line > added,
  );
  found.sort((a, b) => a.range.start.line - b.range.start.line);
  const gotLines = found.map((d) => d.range.start.line);
  // A finding folded into another tool's (one finding, both ids) speaks with the kept rule's words.
  const messages = found.filter((d) => d.ruleId === c.rule).map((d) => d.message);
  let agree: boolean;
  let expected: string;
  if (c.expect === 'not') {
    expected = 'not reported';
    agree = found.length === 0;
  } else if (c.peer === 'buildkit' && c.lines && c.peerWarningsLinesAsserted !== false) {
    const listed = (c.peerWarnings ?? []).filter((w) => w.rule === c.rule).map((w) => w.line);
    const want = (listed.length > 0 ? listed : c.lines).sort((a, b) => a - b);
    expected = `lines ${want.join(', ')}`;
    agree = want.length === gotLines.length && want.every((l, k) => l === gotLines[k]);
  } else if (c.count !== undefined) {
    expected = `${c.count}×`;
    agree = found.length === c.count;
  } else {
    expected = 'reported';
    agree = found.length > 0;
  }
  const got = found.length === 0 ? 'not reported' : `lines ${gotLines.join(', ')} (${found.length}×)`;
  return { case: c, agree, gotLines, messages, expected, got };
}
