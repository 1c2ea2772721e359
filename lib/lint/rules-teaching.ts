/**
 * Stagecraft's teaching rules (`stagecraft/…`), which know which stage ships and what its base
 * contains. Their former ids (`SC-…`) are kept as aliases, so old ignore comments still work.
 */
import { ours, LESSONS, type LintRule } from './rule-model';

/** The teaching rules. */
export const TEACHING: LintRule[] = [
  ours({
    id: 'stagecraft/shell-form-no-shell',
    aliases: ['SC-shell-form-no-shell'],
    severity: 'warning',
    title: 'Shell form in an image without a shell',
    message:
      '{keyword} in shell form needs /bin/sh, but this stage is based on {base}, which has no shell: `docker run` will fail with exec: "/bin/sh": stat /bin/sh: no such file or directory',
    hint: 'Use the exec form: `{keyword} {json}`.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    lessonPath: LESSONS.execForm,
  }),
  ours({
    id: 'stagecraft/run-no-shell',
    aliases: ['SC-run-no-shell'],
    severity: 'error',
    title: 'RUN in an image without a shell',
    message:
      'RUN in shell form needs /bin/sh, but this stage is based on {base}, which has no shell: the build fails with exec: "/bin/sh": stat /bin/sh: no such file or directory',
    hint: 'Do this work in a build stage and COPY --from the result into this stage.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#run',
    lessonPath: LESSONS.noRun,
  }),
  ours({
    id: 'stagecraft/cmd-in-unshipped-stage',
    aliases: ['SC-cmd-in-unshipped-stage'],
    severity: 'info',
    title: 'CMD/ENTRYPOINT in a stage that does not ship',
    message: "{keyword} in stage '{stage}' has no effect: the image is built from stage '{target}'",
    hint: 'Move {keyword} to the final stage (or build this stage with --target).',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.finalShips,
  }),
  ours({
    id: 'stagecraft/build-tools-in-final',
    aliases: ['SC-build-tools-in-final'],
    severity: 'warning',
    title: 'Build tools in the final image',
    message: '{what} ends up in the image that ships',
    hint: '{fix}',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.buildVsRun,
  }),
  ours({
    id: 'stagecraft/full-base-in-final',
    aliases: ['SC-full-base-in-final'],
    severity: 'info',
    title: 'Final stage on a full base image',
    message: 'The image ships on {image}, a full {kind} image; {suggestion}',
    hint: 'Build in one stage, then copy only the result into a slimmer final stage.',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: LESSONS.choosing,
  }),
  ours({
    id: 'stagecraft/apt-lists',
    aliases: ['SC-apt-update-cleanup'],
    severity: 'warning',
    title: 'apt-get update without cleanup',
    message: 'apt-get update leaves the package lists (/var/lib/apt/lists) in this layer',
    hint: 'Update, install and `rm -rf /var/lib/apt/lists/*` in the same RUN; removing them later does not shrink the image (measured in an ubuntu:22.04 container, the lists take 82–337 MB).',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
    lessonPath: LESSONS.layers,
  }),
  ours({
    id: 'stagecraft/retired-image',
    severity: 'warning',
    title: 'Base image retired upstream',
    message:
      '{image} is retired upstream since {date} ({repository} commit {commit}, "{subject}"){eol}: it still pulls but gets no more updates or security fixes',
    hint: '{fix}',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image',
    lessonPath: LESSONS.choosing,
  }),
  ours({
    id: 'stagecraft/healthcheck-no-tool',
    aliases: ['SC-healthcheck-no-tool'],
    severity: 'warning',
    title: 'HEALTHCHECK calls a missing tool',
    message: 'HEALTHCHECK calls {tool}, but {base} has no {tool}: the check will always fail',
    hint: 'Use a health endpoint checked from outside, or a small static checker binary in exec form.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
    lessonPath: LESSONS.healthcheck,
  }),
  ours({
    id: 'stagecraft/user-not-in-passwd',
    aliases: ['SC-user-not-in-passwd'],
    severity: 'warning',
    title: 'USER names a user the image does not have',
    message: "USER {user} is not in the image's /etc/passwd",
    hint: 'Create the user in this stage, copy /etc/passwd from a build stage, or use a numeric uid.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#user',
    lessonPath: null,
  }),
];
