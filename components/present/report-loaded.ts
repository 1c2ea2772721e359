/**
 * For a Web Worker of the site: tells the page, over a BroadcastChannel, the address of every file the
 * worker loads (its script and the chunks it imports, now and later), so the page's service worker keeps
 * them for use without a network. A worker started before the service worker took control of the page
 * fetched those files past it; without this, a lab visited once would stay static offline.
 * See `SERVICE_WORKER_SCRIPT` in ./offline.ts, which listens on the channel.
 */
import { LOADED_CHANNEL } from './offline';

export function reportLoadedFiles(): void {
  if (typeof BroadcastChannel === 'undefined' || typeof PerformanceObserver === 'undefined') return;
  const channel = new BroadcastChannel(LOADED_CHANNEL);
  channel.postMessage({ urls: [self.location.href] });
  try {
    new PerformanceObserver((list) => {
      channel.postMessage({ urls: list.getEntries().map((entry) => entry.name) });
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // No resource timing here: only the worker's own script was reported.
  }
}
