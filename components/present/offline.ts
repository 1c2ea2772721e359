/**
 * Registers the service worker (public/sw.js) that keeps visited pages for use without a network. Runs
 * inline in <head> of every page of the production build: no JavaScript chunk of its own, so no page's
 * first-load JavaScript grows. Once the worker is ready, the page sends it the addresses it has already
 * loaded (itself, its scripts and styles), which the worker keeps.
 */
export const SERVICE_WORKER_SCRIPT = `(function(){if(!('serviceWorker' in navigator)||!window.isSecureContext)return;addEventListener('load',function(){navigator.serviceWorker.register('/sw.js').then(function(){return navigator.serviceWorker.ready}).then(function(r){var u=[location.href.split('#')[0]];performance.getEntriesByType('resource').forEach(function(e){u.push(e.name)});if(r.active)r.active.postMessage({kind:'cache-urls',urls:u})}).catch(function(){})})})();`;
