/*
 * Stagecraft's service worker: keeps the site usable without a network once visited (a projector room
 * often has none). Pages are fetched from the network first and from the cache when there is none; the
 * build's hashed files (/_next/static/) never change, so they come from the cache first. A page that has
 * just registered this worker sends the addresses it and its own Web Workers loaded before, and goes on
 * sending what they load later, so the first visit is kept too, its labs' workers included, with the
 * chunks those files load on demand (see `referencedChunks`).
 * `cache-all` keeps every file of the site (the list is written at build time, offline-manifest.json).
 * Same-origin GET requests only; nothing is sent anywhere.
 */
const PAGES = 'stagecraft-pages-v1';
const STATIC = 'stagecraft-static-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('stagecraft-') && k !== PAGES && k !== STATIC)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function sameOrigin(url) {
  try {
    const parsed = new URL(url, self.location.href);
    // A worker made from a blob: address has the site's origin too, but nothing to fetch.
    return parsed.origin === self.location.origin && /^https?:$/.test(parsed.protocol);
  } catch {
    return false;
  }
}

function cacheFor(url) {
  return new URL(url, self.location.href).pathname.startsWith('/_next/static/') ? STATIC : PAGES;
}

/** Where a chunk names the chunks it loads on demand (a lab's panel, the editor, their CSS). */
const CHUNK_REFERENCE = /static\/chunks\/[\w.-]+\.(?:js|css)\b/g;
/** Chunks whose references have been followed already (for this worker's life). */
const followed = new Set();

/**
 * The chunks `url` (a kept chunk) loads on demand. Which of them a visit fetches depends on the order
 * its islands woke in, so a later visit (offline) can ask for one this visit never needed: they are kept
 * too, unless the reader asked to save data.
 */
async function referencedChunks(url, response) {
  const connection = self.navigator && self.navigator.connection;
  if ((connection && connection.saveData) || followed.has(url)) return [];
  if (!/^\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(url).pathname)) return [];
  followed.add(url);
  const text = await response.text();
  return [...new Set(text.match(CHUNK_REFERENCE) || [])].map(
    (p) => new URL(`/_next/${p}`, self.location.href).href,
  );
}

async function keep(urls) {
  const wanted = [
    ...new Set(urls.filter(sameOrigin).map((u) => new URL(u, self.location.href).href.split('#')[0])),
  ];
  let kept = 0;
  const referenced = [];
  await Promise.all(
    wanted.map(async (url) => {
      const cache = await caches.open(cacheFor(url));
      const cached = await cache.match(url);
      if (cached) {
        kept += 1;
        referenced.push(...(await referencedChunks(url, cached)));
        return;
      }
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (response.ok) {
          await cache.put(url, response.clone());
          kept += 1;
          referenced.push(...(await referencedChunks(url, response)));
        }
      } catch {
        // Offline or gone: kept on a later visit.
      }
    }),
  );
  const more = [...new Set(referenced)].filter((url) => !wanted.includes(url));
  if (more.length) await keep(more);
  return { kept, total: wanted.length };
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const reply = (message) => {
    if (event.ports && event.ports[0]) event.ports[0].postMessage(message);
  };
  if (data.kind === 'cache-urls' && Array.isArray(data.urls)) {
    event.waitUntil(keep(data.urls).then(reply));
  } else if (data.kind === 'cache-all') {
    event.waitUntil(
      fetch('/offline-manifest.json')
        .then((r) => r.json())
        .then((list) => keep(Array.isArray(list.files) ? list.files : []))
        .then(reply, () => reply({ kept: 0, total: 0, error: true })),
    );
  }
});

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request)) || (await cache.match(request, { ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/*
 * A worker's script gets its address from the response it is given. A response from the cache or from
 * this worker's own fetch carries the address without its fragment, and the site's workers read their
 * start-up parameters from the fragment; a response with no address of its own takes the page's full
 * request address, fragment included.
 */
function withoutAddress(response) {
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const url = new URL(request.url);
  if (url.pathname === '/sw.js') return;
  const answer = url.pathname.startsWith('/_next/static/') ? cacheFirst(request) : networkFirst(request);
  const isWorker = request.destination === 'worker' || request.destination === 'sharedworker';
  event.respondWith(isWorker ? answer.then(withoutAddress) : answer);
});
