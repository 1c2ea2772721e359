/** Hand-made `docker run` outcomes and diagnostics for tests and previews of the panel. */
import type { Diagnostic } from '@/lib/diagnostics';
import type { RunOutcome } from '@/lib/build/types';
import { fixtureRange } from './fixture-parts';

/** `docker run` of the calculator without stdin: it starts, greets and loops on closed input. */
export const calculatorRun: RunOutcome = {
  status: 'started',
  exitCode: 0,
  stdout:
    'Hi, I am a calculator app.\nEnter any calculation (Example: 1 + 2 (or) 2 * 5 -> Please maintain spaces as shown in example): Invalid input. Try again.\n',
  stderr: '',
  argv: ['/app'],
  explanation: 'Docker ran /app directly (exec form). The calculator started; with no input it keeps asking.',
  outputSimulated: true,
  truncated: true,
};

/** Docker's error for a shell-form ENTRYPOINT on scratch (runc ≥ 1.1, opencontainers/runc libcontainer). */
export const NO_SHELL_ERROR =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown.';

/** `docker run` of a scratch image whose ENTRYPOINT is in shell form: Docker cannot find /bin/sh. */
export const noShellRun: RunOutcome = {
  status: 'failed',
  exitCode: 127,
  stdout: '',
  stderr: NO_SHELL_ERROR,
  argv: ['/bin/sh', '-c', '/app'],
  explanation:
    'The ENTRYPOINT is in shell form, so Docker runs it with /bin/sh -c — but a scratch image has no /bin/sh.',
  outputSimulated: true,
  truncated: false,
};

/** An error and a warning, as the current text of a lab might have them. */
export const sampleDiagnostics: Diagnostic[] = [
  {
    ruleId: 'plan/unknown-stage',
    severity: 'error',
    origin: 'plan',
    message: 'invalid stage index 3',
    hint: 'Use a stage name or an index of an earlier stage.',
    range: fixtureRange(8, 20),
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: '/learn/multi-stage-builds#name-your-stages',
  },
  {
    ruleId: 'JSONArgsRecommended',
    severity: 'warning',
    origin: 'lint',
    message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
    hint: 'Write ENTRYPOINT ["/app"] instead of ENTRYPOINT /app.',
    range: fixtureRange(9, 15),
    docsUrl: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    lessonPath: '/learn/distroless-images#no-shell',
  },
];
