// A treaty's members over time: one row per membership spell, a bar from joining to leaving, and a line at
// the slider's date. Rows come from the dated lines of /api/actors/{org} or /api/treaties/{id}.
import { el } from './dom.js';
import { FIRST_YEAR, thisYear, toYear } from './dates.js';

const ROW = 18;
const LABEL = 170;
const WIDTH = 960;

export function spellsOf(view) {
  const section = view.sections.find((s) => s.title.startsWith('Members, past and present') || s.title.startsWith('Parties'));
  return (section?.items ?? []).filter((item) => item.from).map((item) => ({ id: item.label, from: item.from, to: item.to, text: item.value }));
}

export function drawTimeline(svg, spells, names, day) {
  const end = thisYear() + 1;
  const start = Math.min(FIRST_YEAR, ...spells.map((s) => Math.floor(toYear(s.from))));
  const x = (year) => LABEL + ((Math.min(Math.max(year, start), end) - start) / (end - start)) * (WIDTH - LABEL - 10);
  const height = spells.length * ROW + 30;
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  const axis = el('svg:g', { class: 'axis' });
  for (let year = Math.ceil(start / 10) * 10; year <= end; year += 10) {
    axis.append(
      el('svg:line', { x1: x(year), x2: x(year), y1: 14, y2: height, class: 'tick' }),
      el('svg:text', { x: x(year), y: 11, 'text-anchor': 'middle' }, String(year)),
    );
  }
  const rows = el('svg:g', { class: 'rows' });
  const at = toYear(day);
  spells.forEach((spell, i) => {
    const y = 20 + i * ROW;
    const from = toYear(spell.from);
    const to = spell.to ? toYear(spell.to) : end;
    const current = from <= at && at < to;
    rows.append(
      el('svg:text', { x: LABEL - 6, y: y + 12, 'text-anchor': 'end', class: current ? 'label current' : 'label' }, names.get(spell.id) ?? spell.id),
      el('svg:rect', { x: x(from), y: y + 2, width: Math.max(2, x(to) - x(from)), height: ROW - 5, rx: 3, class: current ? 'bar current' : 'bar' },
        el('svg:title', {}, spell.text)),
    );
  });
  const now = el('svg:line', { x1: x(at), x2: x(at), y1: 14, y2: height, class: 'now' });
  svg.replaceChildren(axis, rows, now);
}
