/**
 * What a build for a platform checks beyond the filesystem: whether each base image is published
 * for the stage's platform (Docker's error when the catalog says it is not, "can't tell" when the
 * catalog does not know), and which RUN steps execute under emulation because their stage's
 * platform is not the build machine's.
 */
import type { Diagnostic } from '../../diagnostics';
import { publishedFor } from '../../catalog/platforms';
import type { SimCatalog } from '../effects/catalog-port';
import type { StageGraph } from '../../plan/types';

/** `golang:1.25` → `docker.io/library/golang:1.25`, as BuildKit names a reference in its errors. */
export function fullReference(ref: string): string {
  const slash = ref.indexOf('/');
  const first = slash === -1 ? '' : ref.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let full = hasRegistry ? ref : `docker.io/${slash === -1 ? 'library/' : ''}${ref}`;
  const last = full.slice(full.lastIndexOf('/') + 1);
  if (!last.includes(':') && !last.includes('@')) full += ':latest';
  return full;
}

function diagnostic(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  hint: string | null,
  range: Diagnostic['range'],
): Diagnostic {
  return { ruleId, severity, origin: 'simulate', message, hint, range, docsUrl: null, lessonPath: null };
}

/** Base images missing for their stage's platform (errors) or not known for it (info). */
export function platformAvailability(graph: StageGraph, catalog: SimCatalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const index of graph.buildOrder) {
    const stage = graph.stages[index];
    if (!stage || stage.base.kind !== 'image' || stage.base.ref === '') continue;
    const image = catalog.resolveImage(stage.base.ref).image;
    if (!image) {
      if (stage.platform !== 'linux/amd64')
        out.push(
          diagnostic(
            'simulate/platform-unknown',
            'info',
            `Can't tell whether ${stage.base.ref} is published for ${stage.platform}: the simulator does not know this image.`,
            null,
            stage.from.range,
          ),
        );
      continue;
    }
    const published = publishedFor(image, stage.platform);
    if (published === 'no') {
      const full = fullReference(stage.base.ref);
      out.push(
        diagnostic(
          'simulate/platform-missing',
          'error',
          // containerd images/image.go: errors.Wrapf(errdefs.ErrNotFound, "no match for platform in manifest").
          `${stage.base.ref}: failed to resolve source metadata for ${full}: no match for platform in manifest: not found`,
          `${stage.base.ref} is not published for ${stage.platform}. Pick an image that is, or build this stage on the build machine's platform with FROM --platform=$BUILDPLATFORM and cross-compile.`,
          stage.from.range,
        ),
      );
    } else if (published === 'unknown') {
      out.push(
        diagnostic(
          'simulate/platform-unknown',
          'info',
          `Can't tell whether ${stage.base.ref} is published for ${stage.platform}: the catalog does not record the platforms of this image.`,
          null,
          stage.from.range,
        ),
      );
    }
  }
  return out;
}

/** One note per built stage whose RUN steps run emulated (its platform is not the build machine's). */
export function emulationNotes(graph: StageGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const index of graph.buildOrder) {
    const stage = graph.stages[index];
    if (!stage?.emulated) continue;
    const run = stage.instructions.find((i) => i.kind === 'run');
    if (!run) continue;
    const count = stage.instructions.filter((i) => i.kind === 'run').length;
    out.push(
      diagnostic(
        'simulate/emulated-run',
        'info',
        `${count === 1 ? 'This RUN runs' : `The ${count} RUN steps of this stage run`} under emulation: the stage is built for ${stage.platform}, the build machine is ${graph.platform.build}, so BuildKit executes ${count === 1 ? 'it' : 'them'} through QEMU (binfmt_misc), often several times slower than natively.`,
        'Build this stage natively with FROM --platform=$BUILDPLATFORM and cross-compile for the target, e.g. ARG TARGETOS TARGETARCH and GOOS=$TARGETOS GOARCH=$TARGETARCH go build.',
        run.range,
      ),
    );
  }
  return out;
}

/** The RUN steps a build executes under emulation: stage index and line of each. */
export function emulatedRuns(graph: StageGraph): Array<{ stage: number; line: number }> {
  const out: Array<{ stage: number; line: number }> = [];
  for (const index of graph.buildOrder) {
    const stage = graph.stages[index];
    if (!stage?.emulated) continue;
    for (const ins of stage.instructions)
      if (ins.kind === 'run') out.push({ stage: index, line: ins.range.start.line });
  }
  return out;
}
