// The API client: every request is a GET; a problem (RFC 9457) becomes an Error with the server's detail.
// Answers are deterministic for a path, so each path is fetched once (in flight or done) and shared.
const cache = new Map();

export function getJson(path) {
  if (!cache.has(path)) {
    if (cache.size > 200) cache.clear();
    const request = fetch(path, { headers: { Accept: 'application/json' } }).then(async (response) => {
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
      return body;
    });
    request.catch(() => cache.delete(path));
    cache.set(path, request);
  }
  return cache.get(path);
}

export const q = (value) => encodeURIComponent(value);
