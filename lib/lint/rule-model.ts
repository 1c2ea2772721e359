/**
 * The shape of a lint rule and the helpers that build rule tables: docs links for Docker's build
 * checks and hadolint's wiki, and the lesson sections rules point to.
 */
import type { Severity } from '../diagnostics';

/** One lint rule's metadata. */
export interface LintRule {
  id: string;
  severity: Severity;
  /** Short title for lists. */
  title: string;
  /** Message template; `{x}` placeholders are filled per finding. */
  message: string;
  /** What to do about it (template too). */
  hint: string;
  docsUrl: string;
  lessonPath: string | null;
  source: 'docker' | 'hadolint' | 'stagecraft';
  /** A Docker rule that reports the same thing; when both fire at one place, only that one is kept. */
  sameAs?: string;
  /** Other ids of the same rule (the peer's id, former ids); ignore comments may name them. */
  aliases?: string[];
}

const dockerDocs = (kebab: string): string => `https://docs.docker.com/reference/build-checks/${kebab}/`;
const hadolintDocs = (id: string): string => `https://github.com/hadolint/hadolint/wiki/${id}`;

/** Lesson sections rules link to (site paths, github-slugger heading ids). */
export const LESSONS = {
  layers: '/learn/why-images-get-big#every-instruction-leaves-a-layer-behind',
  buildVsRun: '/learn/why-images-get-big#build-time-and-run-time-need-different-things',
  naming: '/learn/multi-stage-builds#naming-a-stage-with-as',
  copyFrom: '/learn/multi-stage-builds#copying-out-of-a-stage-with-copy---from',
  finalShips: '/learn/multi-stage-builds#only-the-final-stage-ships',
  execForm: '/learn/distroless-images#commands-must-be-written-in-exec-form',
  noRun: '/learn/distroless-images#no-shell-form-run-in-the-final-stage',
  healthcheck: '/learn/distroless-images#health-checks-cannot-use-curl',
  choosing: '/learn/choosing-distroless-images#which-image-for-which-program',
  cacheMounts: '/learn/faster-builds#cache-mounts',
  secrets: '/learn/secrets-and-private-dependencies#why-arg-and-env-leak',
  platforms: '/learn/multi-platform-builds#cross-compiling-instead-of-emulating',
} as const;

/** A rule as written in a table, before its docs link is derived. */
export type RuleInput = Omit<LintRule, 'docsUrl' | 'source'> & { kebab?: string };

/** A Docker build check (docs: docs.docker.com/reference/build-checks/<kebab>/). */
export function docker(r: RuleInput & { kebab: string }): LintRule {
  const { kebab, ...rest } = r;
  return { ...rest, docsUrl: dockerDocs(kebab), source: 'docker' };
}
/** A hadolint rule (docs: its wiki page). */
export function hadolint(r: RuleInput): LintRule {
  return { ...r, docsUrl: hadolintDocs(r.id), source: 'hadolint' };
}
/** A Stagecraft teaching rule. */
export function ours(r: RuleInput & { docsUrl: string }): LintRule {
  return { ...r, source: 'stagecraft' };
}
