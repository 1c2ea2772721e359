/** The BroadcastChannel on which the site's Web Workers report the files they load (./report-loaded.ts). */
export const LOADED_CHANNEL = 'stagecraft-loaded-files';

/**
 * Registers the service worker (public/sw.js) that keeps visited pages for use without a network. Runs
 * inline in <head> of every page of the production build: no JavaScript chunk of its own, so no page's
 * first-load JavaScript grows. From the start it gathers the address of everything the page loads (its
 * resource timing, watched for later files too) and of everything the page's Web Workers load (they
 * report on {@link LOADED_CHANNEL}), and sends them to the service worker as soon as it is ready, then
 * as they come: files fetched before the service worker controlled the page are kept as well, so a page
 * visited once works offline, its labs included.
 */
export const SERVICE_WORKER_SCRIPT = `(function(){if(!('serviceWorker' in navigator)||!window.isSecureContext)return;var w=null,q=[location.href.split('#')[0]];function k(u){if(!u.length)return;if(w)w.postMessage({kind:'cache-urls',urls:u});else q.push.apply(q,u)}try{new PerformanceObserver(function(l){k(l.getEntries().map(function(e){return e.name}))}).observe({type:'resource',buffered:true})}catch(e){}try{new BroadcastChannel('${LOADED_CHANNEL}').onmessage=function(e){if(e.data&&Array.isArray(e.data.urls))k(e.data.urls)}}catch(e){}addEventListener('load',function(){navigator.serviceWorker.register('/sw.js').then(function(){return navigator.serviceWorker.ready}).then(function(r){if(!r.active)return;w=r.active;var u=q;q=[];k(u)}).catch(function(){})})})();`;
