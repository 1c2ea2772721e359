/**
 * The simulator's Web Worker: the whole engine (parse, plan, lint, simulate, run) and the editor's
 * completion and hover run here, so typing never waits for them. One worker serves every lab of a page.
 */
import { simulateDockerfile } from '@/lib/analyze';
import { runImage } from '@/lib/build/run';
import { imageInventory } from '@/lib/build/inventory';
import { formatSize } from '@/lib/build/format';
import { listCatalogImages } from '@/lib/catalog';
import { createWorkerHandler } from '@/lib/worker/handler';
import { prepareDebianData } from '@/lib/worker/debian-data';
import { gradeExercise } from '@/lib/course/grade';
import { createTerminalSessions } from './terminal-sessions';
import type { WorkerRequest, WorkerResponse } from '@/lib/worker/protocol';
import { reportLoadedFiles } from '@/components/present/report-loaded';

// Its files are kept for use without a network even when it started before the service worker did.
reportLoadedFiles();

const handle = createWorkerHandler({
  simulate: simulateDockerfile,
  runImage,
  inventory: imageInventory,
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

// Requests are answered in order; one that uses apt on a Debian base, or simulates a Debian-based image,
// first loads that release's package index (a separate chunk, fetched once), so `apt-get install` gets
// Debian's sizes and dependencies and the inventory sent with the result gets Debian's versions.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  queue = queue.then(() => prepareDebianData(request)).then(() => self.postMessage(handle(request)));
};

// Loaded: the client's watchdog starts counting from here, not from the page's request.
self.postMessage({ kind: 'ready', id: 0 } satisfies WorkerResponse);
