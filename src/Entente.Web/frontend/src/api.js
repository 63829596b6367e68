// The API client: every request is a GET; a problem (RFC 9457) becomes an Error with the server's detail.
const cache = new Map();

export async function getJson(path) {
  if (cache.has(path)) return cache.get(path);
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
  }
  if (cache.size > 200) cache.clear();
  cache.set(path, body);
  return body;
}

export const q = (value) => encodeURIComponent(value);
