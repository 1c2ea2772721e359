/**
 * The simulator's Web Worker: the whole engine (parse, plan, lint, simulate, run) and the editor's
 * completion and hover run here, so typing never waits for them. One worker serves every lab of a page.
 */
import { simulateDockerfile } from '@/lib/analyze';
import { runImage } from '@/lib/build/run';
import { formatSize } from '@/lib/build/format';
import { listCatalogImages } from '@/lib/catalog';
import { loadDebianVersions } from '@/lib/catalog/debian';
import { createWorkerHandler } from '@/lib/worker/handler';
import { prepareDebianData } from '@/lib/worker/debian-data';
import { gradeExercise } from '@/lib/course/grade';
import { createTerminalSessions } from './terminal-sessions';
import type { WorkerRequest, WorkerResponse } from '@/lib/worker/protocol';

const handle = createWorkerHandler({
  simulate: simulateDockerfile,
  runImage,
  grade: gradeExercise,
  terminals: createTerminalSessions,
  images: () =>
    listCatalogImages().map((image) => ({
      repository: image.repository,
      tag: image.tag,
      aliases: image.aliases,
      description: image.resolvedDescription,
      sizeText: image.uncompressed.value === null ? null : `≈${formatSize(image.uncompressed.value)}`,
    })),
});

// Requests are answered in order; one that uses apt on a Debian base first loads that release's package
// index (a separate chunk, fetched once), so `apt-get install` gets Debian's sizes and dependencies.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  queue = queue.then(() => prepareDebianData(request)).then(() => self.postMessage(handle(request)));
};

// Package versions for `docker scout sbom`, fetched once the page has settled (sizes do not use them).
setTimeout(() => void loadDebianVersions().catch(() => undefined), 3000);

// Loaded: the client's watchdog starts counting from here, not from the page's request.
self.postMessage({ kind: 'ready', id: 0 } satisfies WorkerResponse);
