// The API client: a problem (RFC 9457) becomes an Error with the server's detail. GET answers are deterministic
// for a path, so each path is fetched once (in flight or done) and shared; a POST (an article to check) is not cached.
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

/** POSTs <text> as text/plain, exactly as given, and resolves to the JSON answer. */
export async function postText(path, text, signal) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
    signal,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
  return body;
}

export const q = (value) => encodeURIComponent(value);
