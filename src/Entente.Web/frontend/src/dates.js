// The date slider runs over years, 1945 to this year. A past year stands for its last day, so the map shows
// how the year ended (NATO's founders in 1949, no SEATO in 1977); this year stands for today.
export const FIRST_YEAR = 1945;

export function today() {
  const now = new Date();
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export const thisYear = () => new Date().getFullYear();

export function dayOfYear(year) {
  return year >= thisYear() ? today() : iso(year, 12, 31);
}

export function iso(year, month, day) {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "31 December 1970" for "1970-12-31"; a partial date as it is. */
export function readable(date) {
  const parts = date.split('-').map(Number);
  if (parts.length < 3) return date;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][parts[1] - 1];
  return `${parts[2]} ${month} ${parts[0]}`;
}

/** A partial date ("1955", "1955-02", "1955-02-19") as a fractional year, for drawing. */
export function toYear(date) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}
