/**
 * Lint rules as data: Docker's build checks (ids are Docker's rule names, FACTS.md §5a), the
 * hadolint rules that fit multi-stage builds (FACTS.md §5b), and Stagecraft's teaching rules
 * (`SC-…`). Messages are templates with `{name}` placeholders filled by the checks.
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
  noRun: '/learn/distroless-images#no-run-in-the-final-stage',
  healthcheck: '/learn/distroless-images#health-checks-cannot-use-curl',
  choosing: '/learn/choosing-distroless-images#which-image-for-which-program',
} as const;

type RuleInput = Omit<LintRule, 'docsUrl' | 'source'> & { kebab?: string };

function docker(r: RuleInput & { kebab: string }): LintRule {
  const { kebab, ...rest } = r;
  return { ...rest, docsUrl: dockerDocs(kebab), source: 'docker' };
}
function hadolint(r: RuleInput): LintRule {
  return { ...r, docsUrl: hadolintDocs(r.id), source: 'hadolint' };
}
function ours(r: RuleInput & { docsUrl: string }): LintRule {
  return { ...r, source: 'stagecraft' };
}

const BUILD_CHECKS: LintRule[] = [
  docker({
    id: 'StageNameCasing',
    kebab: 'stage-name-casing',
    severity: 'warning',
    title: 'Stage name should be lowercase',
    message: "Stage name '{name}' should be lowercase",
    hint: 'Write the stage name in lowercase, e.g. `AS {lower}`.',
    lessonPath: LESSONS.naming,
  }),
  docker({
    id: 'FromAsCasing',
    kebab: 'from-as-casing',
    severity: 'warning',
    title: "'AS' should match the case of 'FROM'",
    message: "'{as}' and '{from}' keywords' casing do not match",
    hint: 'Write `FROM … AS …` or `from … as …`.',
    lessonPath: LESSONS.naming,
  }),
  docker({
    id: 'NoEmptyContinuation',
    kebab: 'no-empty-continuation',
    severity: 'warning',
    title: 'Empty continuation line',
    message: 'Empty continuation line',
    hint: 'Remove the blank line inside the continued instruction; it will become an error in a future release.',
    lessonPath: null,
  }),
  docker({
    id: 'ConsistentInstructionCasing',
    kebab: 'consistent-instruction-casing',
    severity: 'warning',
    title: 'Instructions should be consistently cased',
    message: "Command '{keyword}' should match the case of the command majority ({casing})",
    hint: 'Write every instruction in {casing}.',
    lessonPath: null,
  }),
  docker({
    id: 'DuplicateStageName',
    kebab: 'duplicate-stage-name',
    severity: 'warning',
    title: 'Stage names should be unique',
    message: "Duplicate stage name '{name}', stage names should be unique",
    hint: 'Rename one of the stages; lookups use the later one.',
    lessonPath: LESSONS.naming,
  }),
  docker({
    id: 'ReservedStageName',
    kebab: 'reserved-stage-name',
    severity: 'warning',
    title: 'Reserved stage name',
    message: "Stage name should not use the same name as reserved stage '{name}'",
    hint: 'Choose another name; `scratch` and `context` mean something else to Docker.',
    lessonPath: LESSONS.naming,
  }),
  docker({
    id: 'JSONArgsRecommended',
    kebab: 'json-args-recommended',
    severity: 'warning',
    title: 'JSON arguments recommended for ENTRYPOINT/CMD',
    message: 'JSON arguments recommended for {keyword} to prevent unintended behavior related to OS signals',
    hint: 'Use the exec form, e.g. `{keyword} {json}`.',
    lessonPath: LESSONS.execForm,
  }),
  docker({
    id: 'MaintainerDeprecated',
    kebab: 'maintainer-deprecated',
    severity: 'warning',
    title: 'MAINTAINER is deprecated',
    message: 'Maintainer instruction is deprecated in favor of using label',
    hint: 'Use `LABEL org.opencontainers.image.authors="{value}"`.',
    lessonPath: null,
  }),
  docker({
    id: 'UndefinedArgInFrom',
    kebab: 'undefined-arg-in-from',
    severity: 'warning',
    title: 'FROM uses an undeclared ARG',
    message: "FROM argument '{name}' is not declared",
    hint: 'Declare `ARG {name}=<default>` before the first FROM.',
    lessonPath: null,
  }),
  docker({
    id: 'WorkdirRelativePath',
    kebab: 'workdir-relative-path',
    severity: 'warning',
    title: 'Relative WORKDIR',
    message: "Relative workdir '{path}' can have unexpected results if the base image changes",
    hint: 'Use an absolute path, e.g. `WORKDIR /{path}`.',
    lessonPath: null,
  }),
  docker({
    id: 'UndefinedVar',
    kebab: 'undefined-var',
    severity: 'warning',
    title: 'Undefined variable',
    message: "Usage of undefined variable '${name}'{suggestion}",
    hint: 'Declare it with ARG or ENV in this stage before using it (ARGs before FROM must be re-declared inside the stage).',
    lessonPath: null,
  }),
  docker({
    id: 'MultipleInstructionsDisallowed',
    kebab: 'multiple-instructions-disallowed',
    severity: 'warning',
    title: 'Multiple CMD/ENTRYPOINT/HEALTHCHECK in one stage',
    message:
      'Multiple {keyword} instructions should not be used in the same stage because only the last one will be used',
    hint: 'Keep only the last {keyword}.',
    lessonPath: null,
  }),
  docker({
    id: 'LegacyKeyValueFormat',
    kebab: 'legacy-key-value-format',
    severity: 'warning',
    title: 'Legacy key/value format',
    message: '"{keyword} key=value" should be used instead of legacy "{keyword} key value" format',
    hint: 'Write `{keyword} {key}={value}`.',
    lessonPath: null,
  }),
  docker({
    id: 'RedundantTargetPlatform',
    kebab: 'redundant-target-platform',
    severity: 'warning',
    title: 'Redundant --platform=$TARGETPLATFORM',
    message: 'Setting platform to predefined {platform} in FROM is redundant as this is the default behavior',
    hint: 'Remove the --platform flag.',
    lessonPath: null,
  }),
  docker({
    id: 'SecretsUsedInArgOrEnv',
    kebab: 'secrets-used-in-arg-or-env',
    severity: 'warning',
    title: 'Secret in ARG or ENV',
    message: 'Do not use ARG or ENV instructions for sensitive data ({keyword} "{name}")',
    hint: 'Pass secrets with `RUN --mount=type=secret,id=…` so they never enter an image layer.',
    lessonPath: LESSONS.layers,
  }),
  docker({
    id: 'InvalidDefaultArgInFrom',
    kebab: 'invalid-default-arg-in-from',
    severity: 'warning',
    title: 'Default ARG gives an invalid base name',
    message: 'Default value for ARG {image} results in empty or invalid base image name',
    hint: 'Give the ARG used in FROM a default that makes a valid image name.',
    lessonPath: null,
  }),
  docker({
    id: 'FromPlatformFlagConstDisallowed',
    kebab: 'from-platform-flag-const-disallowed',
    severity: 'warning',
    title: 'FROM --platform with a constant',
    message: 'FROM --platform flag should not use constant value "{platform}"',
    hint: 'Use `--platform=$BUILDPLATFORM` (build tools) or leave it out (the target platform is the default).',
    lessonPath: null,
  }),
  docker({
    id: 'ExposeProtoCasing',
    kebab: 'expose-proto-casing',
    severity: 'warning',
    title: 'EXPOSE protocol should be lowercase',
    message: "Defined protocol '{port}' in EXPOSE instruction should be lowercase",
    hint: 'Write the protocol in lowercase, e.g. `{lower}`.',
    lessonPath: null,
  }),
  docker({
    id: 'ExposeInvalidFormat',
    kebab: 'expose-invalid-format',
    severity: 'warning',
    title: 'EXPOSE with an IP or host port',
    message: "EXPOSE instruction should not define an IP address or host-port mapping, found '{port}'",
    hint: 'EXPOSE documents the container port only; map host ports with `docker run -p`.',
    lessonPath: null,
  }),
];

const HADOLINT: LintRule[] = [
  hadolint({
    id: 'DL3006',
    severity: 'warning',
    title: 'Tag the image version explicitly',
    message: 'Always tag the version of an image explicitly ({image})',
    hint: 'Pin a tag, e.g. `{image}:<version>`; an untagged name means `latest`, which moves.',
    lessonPath: LESSONS.choosing,
  }),
  hadolint({
    id: 'DL3007',
    severity: 'warning',
    title: 'Using latest',
    message:
      'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag ({image})',
    hint: 'Replace `latest` with a release tag.',
    lessonPath: LESSONS.choosing,
  }),
  hadolint({
    id: 'DL3022',
    severity: 'warning',
    title: 'COPY --from names no stage',
    message: "COPY --from should reference a previously defined FROM alias: no stage is called '{name}'",
    hint: 'Check the stage name (stages: {stages}); a name that matches no stage is pulled as an image.',
    lessonPath: LESSONS.copyFrom,
  }),
  hadolint({
    id: 'DL3023',
    severity: 'error',
    title: 'COPY --from its own stage',
    message: 'COPY --from cannot reference its own FROM alias',
    hint: 'Copy from the stage that produced the files.',
    lessonPath: LESSONS.copyFrom,
    sameAs: 'plan/circular-dependency',
  }),
  hadolint({
    id: 'DL3024',
    severity: 'warning',
    title: 'Stage names must be unique',
    message: 'FROM aliases (stage names) must be unique',
    hint: 'Rename one of the stages.',
    lessonPath: LESSONS.naming,
    sameAs: 'DuplicateStageName',
  }),
  hadolint({
    id: 'DL3025',
    severity: 'warning',
    title: 'Use JSON notation for CMD and ENTRYPOINT',
    message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    hint: 'Write `{keyword} ["executable", "arg"]`.',
    lessonPath: LESSONS.execForm,
    sameAs: 'JSONArgsRecommended',
  }),
  hadolint({
    id: 'DL3029',
    severity: 'warning',
    title: 'Do not use --platform with a constant',
    message: 'Do not use --platform flag with FROM',
    hint: 'Use `--platform=$BUILDPLATFORM` for build stages, or leave it out.',
    lessonPath: null,
    sameAs: 'FromPlatformFlagConstDisallowed',
  }),
  hadolint({
    id: 'DL3045',
    severity: 'warning',
    title: 'COPY to a relative destination without WORKDIR',
    message: 'COPY to a relative destination without WORKDIR set',
    hint: 'Set `WORKDIR /app` first, or copy to an absolute path.',
    lessonPath: null,
  }),
  hadolint({
    id: 'DL3061',
    severity: 'error',
    title: 'Invalid instruction order',
    message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
    hint: 'Move this below the first FROM.',
    lessonPath: null,
    sameAs: 'plan/no-stage',
  }),
  hadolint({
    id: 'DL3063',
    severity: 'warning',
    title: 'Reserved stage name',
    message: 'Stage name should not be a reserved word',
    hint: 'Choose another stage name.',
    lessonPath: LESSONS.naming,
    sameAs: 'ReservedStageName',
  }),
  hadolint({
    id: 'DL4003',
    severity: 'warning',
    title: 'Multiple CMD',
    message:
      'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
    hint: 'Keep only the last CMD.',
    lessonPath: null,
    sameAs: 'MultipleInstructionsDisallowed',
  }),
  hadolint({
    id: 'DL4004',
    severity: 'error',
    title: 'Multiple ENTRYPOINT',
    message:
      'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
    hint: 'Keep only the last ENTRYPOINT.',
    lessonPath: null,
    sameAs: 'MultipleInstructionsDisallowed',
  }),
  hadolint({
    id: 'DL4000',
    severity: 'error',
    title: 'MAINTAINER is deprecated',
    message: 'MAINTAINER is deprecated',
    hint: 'Use a LABEL instead.',
    lessonPath: null,
    sameAs: 'MaintainerDeprecated',
  }),
  hadolint({
    id: 'DL3000',
    severity: 'error',
    title: 'Use absolute WORKDIR',
    message: 'Use absolute WORKDIR',
    hint: 'Write `WORKDIR /{path}`.',
    lessonPath: null,
    sameAs: 'WorkdirRelativePath',
  }),
  hadolint({
    id: 'DL3002',
    severity: 'warning',
    title: 'Last USER should not be root',
    message: 'Last USER should not be root',
    hint: 'Switch to an unprivileged user at the end of the final stage, e.g. `USER nonroot`.',
    lessonPath: LESSONS.finalShips,
  }),
  hadolint({
    id: 'DL3003',
    severity: 'warning',
    title: 'Use WORKDIR to switch directories',
    message: 'Use WORKDIR to switch to a directory',
    hint: 'Replace `cd dir && …` with `WORKDIR /dir`.',
    lessonPath: null,
  }),
  hadolint({
    id: 'DL3009',
    severity: 'info',
    title: 'Delete the apt-get lists',
    message: 'Delete the apt-get lists after installing something',
    hint: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`; deleting them in a later RUN does not shrink the image.',
    lessonPath: LESSONS.layers,
    sameAs: 'SC-apt-update-cleanup',
  }),
  hadolint({
    id: 'DL3015',
    severity: 'info',
    title: 'Use --no-install-recommends',
    message: 'Avoid additional packages by specifying `--no-install-recommends`',
    hint: 'Add `--no-install-recommends` (golang-go on Ubuntu 22.04: 761 MB with recommends, 437 MB without; FACTS.md §2a).',
    lessonPath: LESSONS.layers,
  }),
  hadolint({
    id: 'DL3019',
    severity: 'info',
    title: 'Use apk add --no-cache',
    message:
      'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
    hint: 'Write `apk add --no-cache …`.',
    lessonPath: LESSONS.layers,
  }),
  hadolint({
    id: 'DL3020',
    severity: 'error',
    title: 'Use COPY instead of ADD',
    message: 'Use COPY instead of ADD for files and folders',
    hint: 'ADD is for URLs and archives; use COPY for local files.',
    lessonPath: null,
  }),
  hadolint({
    id: 'DL3042',
    severity: 'warning',
    title: 'pip install --no-cache-dir',
    message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
    hint: 'Add `--no-cache-dir` (or use a cache mount).',
    lessonPath: LESSONS.layers,
  }),
  hadolint({
    id: 'DL3059',
    severity: 'info',
    title: 'Consecutive RUN instructions',
    message: 'Multiple consecutive `RUN` instructions. Consider consolidation.',
    hint: 'Join them with `&&` when they belong together.',
    lessonPath: LESSONS.layers,
  }),
  hadolint({
    id: 'DL4006',
    severity: 'warning',
    title: 'Set pipefail before a pipe',
    message: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
    hint: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN (where bash exists).',
    lessonPath: null,
  }),
];

const TEACHING: LintRule[] = [
  ours({
    id: 'SC-shell-form-no-shell',
    severity: 'warning',
    title: 'Shell form in an image without a shell',
    message:
      '{keyword} in shell form needs /bin/sh, but this stage is based on {base}, which has no shell: `docker run` will fail with exec: "/bin/sh": stat /bin/sh: no such file or directory',
    hint: 'Use the exec form: `{keyword} {json}`.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    lessonPath: LESSONS.execForm,
  }),
  ours({
    id: 'SC-run-no-shell',
    severity: 'error',
    title: 'RUN in an image without a shell',
    message:
      'RUN in shell form needs /bin/sh, but this stage is based on {base}, which has no shell: the build fails with exec: "/bin/sh": stat /bin/sh: no such file or directory',
    hint: 'Do this work in a build stage and COPY --from the result into this stage.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#run',
    lessonPath: LESSONS.noRun,
  }),
  ours({
    id: 'SC-cmd-in-unshipped-stage',
    severity: 'info',
    title: 'CMD/ENTRYPOINT in a stage that does not ship',
    message: "{keyword} in stage '{stage}' has no effect: the image is built from stage '{target}'",
    hint: 'Move {keyword} to the final stage (or build this stage with --target).',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.finalShips,
  }),
  ours({
    id: 'SC-build-tools-in-final',
    severity: 'warning',
    title: 'Build tools in the final image',
    message: '{what} ends up in the image that ships',
    hint: '{fix}',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.buildVsRun,
  }),
  ours({
    id: 'SC-full-base-in-final',
    severity: 'info',
    title: 'Final stage on a full base image',
    message: 'The image ships on {image}, a full {kind} image; {suggestion}',
    hint: 'Build in one stage, then copy only the result into a slimmer final stage.',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.choosing,
  }),
  ours({
    id: 'SC-apt-update-cleanup',
    severity: 'warning',
    title: 'apt-get update without cleanup',
    message: 'apt-get update leaves the package lists (/var/lib/apt/lists) in this layer',
    hint: 'Update, install and `rm -rf /var/lib/apt/lists/*` in the same RUN; removing them later does not shrink the image (ubuntu:22.04 lists measured at 82–337 MB, FACTS.md §2b).',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
    lessonPath: LESSONS.layers,
  }),
  ours({
    id: 'SC-healthcheck-no-tool',
    severity: 'warning',
    title: 'HEALTHCHECK calls a missing tool',
    message: 'HEALTHCHECK calls {tool}, but {base} has no {tool}: the check will always fail',
    hint: 'Use a health endpoint checked from outside, or a small static checker binary in exec form.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
    lessonPath: LESSONS.healthcheck,
  }),
];

/** Every lint rule, by source: Docker's build checks, hadolint's, then Stagecraft's. */
export const LINT_RULES: readonly LintRule[] = [...BUILD_CHECKS, ...HADOLINT, ...TEACHING];

/** Rule metadata by id. */
export const RULES_BY_ID: ReadonlyMap<string, LintRule> = new Map(LINT_RULES.map((r) => [r.id, r]));

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/gi, (m, k: string) => params[k] ?? m);
}
