/**
 * Teaching rules that need the simulated filesystem: they look at the image the target stage
 * produces, which the text-only lint cannot see. They share ids and documentation with the lint's
 * rules and are dropped where the lint already reported the same thing. The pipeline
 * (`simulateDockerfile` in lib/analyze.ts) runs them on the simulation's result.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import { LESSONS, LINT_RULES } from './rules';
import type { Stage } from '../plan/types';
import type { SimulatedImage } from '../build/types';
import { findCommand } from '../build/run/lookup';

const META = new Map(LINT_RULES.map((r) => [r.id, r]));

function d(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  hint: string | null,
  range: SourceRange,
  lessonPath: string | null,
): Diagnostic {
  const meta = META.get(ruleId);
  return {
    ruleId,
    severity,
    origin: 'simulate',
    message,
    hint,
    range,
    docsUrl: meta?.docsUrl ?? null,
    lessonPath: meta?.lessonPath ?? lessonPath,
  };
}

function inStage(stage: Stage, line: number): boolean {
  return line >= stage.range.start.line && line <= stage.range.end.line;
}

/**
 * Findings about the final image: build tools shipped, HEALTHCHECK tools missing, unknown USER.
 * `existing` are the diagnostics so far (findings the lint already made are not repeated).
 */
export function lintFinalImage(
  image: SimulatedImage,
  stage: Stage,
  existing: readonly Diagnostic[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const already = (ruleId: string, pred: (x: Diagnostic) => boolean) =>
    existing.some((x) => x.ruleId === ruleId && pred(x));
  const tools = image.facts.buildTools.filter((t) => !['git', 'pip', 'pip3', 'npm', 'yarn'].includes(t));
  if (
    tools.length > 0 &&
    !already('stagecraft/build-tools-in-final', (x) => inStage(stage, x.range.start.line))
  ) {
    out.push(
      d(
        'stagecraft/build-tools-in-final',
        'warning',
        `The final image ships build tools: ${tools.join(', ')}. They are needed to build, not to run.`,
        'Build in an earlier stage and COPY --from only the artifact into a runtime-only final stage.',
        stage.from.range,
        LESSONS.buildVsRun,
      ),
    );
  }
  const hc = image.config.healthcheck;
  const hcIns = [...stage.instructions].reverse().find((i) => i.kind === 'healthcheck');
  if (
    hc &&
    hc.length > 0 &&
    hcIns &&
    !already('stagecraft/healthcheck-no-tool', (x) => x.range.start.line === hcIns.range.start.line)
  ) {
    const words = hc[0] === 'CMD-SHELL' ? (hc[1] ?? '').split(/\s+/) : hc[0] === 'CMD' ? hc.slice(1) : hc;
    const tool = words.find(
      (w) => w === 'curl' || w === 'wget' || w.endsWith('/curl') || w.endsWith('/wget'),
    );
    if (tool && findCommand(image, tool).presence === 'absent') {
      out.push(
        d(
          'stagecraft/healthcheck-no-tool',
          'warning',
          `HEALTHCHECK calls ${tool}, which is not in the final image: the check always fails and the container is reported unhealthy.`,
          'Use a health endpoint checked from outside, a tiny static checker copied from a build stage, or a base that has the tool.',
          hcIns.range,
          LESSONS.healthcheck,
        ),
      );
    } else if (hc[0] === 'CMD-SHELL' && image.facts.shell === null && !image.facts.unknown?.shell) {
      out.push(
        d(
          'stagecraft/healthcheck-no-tool',
          'warning',
          'HEALTHCHECK in shell form needs /bin/sh, which this image does not have.',
          'Write it in exec form: HEALTHCHECK CMD ["/app", "-health"].',
          hcIns.range,
          LESSONS.healthcheck,
        ),
      );
    }
  }
  const name = image.config.user.split(':')[0];
  if (
    image.users &&
    !image.usersPartial &&
    name &&
    name !== 'root' &&
    !/^\d+$/.test(name) &&
    !image.users.includes(name)
  ) {
    const ins = [...stage.instructions].reverse().find((i) => i.kind === 'user');
    out.push(
      d(
        'stagecraft/user-not-in-passwd',
        'warning',
        `USER ${name} is not in the image's /etc/passwd: docker run fails with "unable to find user ${name}: no matching entries in passwd file".`,
        'Create the user in this stage (useradd), copy /etc/passwd from a build stage, or use a numeric uid such as 65532.',
        ins?.range ?? stage.from.range,
        '/learn/distroless-images',
      ),
    );
  }
  return out;
}
