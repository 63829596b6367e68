// The world map: world-atlas's 110m countries drawn with d3-geo, each shape joined to an Entente state by its
// ISO 3166 numeric code (Actor.IsoNumeric), coloured by a role the caller gives. The map knows its date: while the
// Soviet Union, Yugoslavia or Czechoslovakia existed, it draws them by merging today's shapes of their successors
// (topojson-client's merge), and says what today's shapes cannot draw apart (the two Germanies, the two Yemens).
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { el } from './dom.js';

// Former states the map draws, with the states whose shapes (today's) made them up. A successor is drawn inside the
// former state on a day when the former state existed and the successor was not a state of its own then (not in
// the COW state system: Estonia, Latvia and Lithuania between 1940 and 1991), or when it is the state that continues
// it (Actor.Successor: Russia, Serbia). Kosovo (XKX) has no ISO code in world-atlas and is matched by name.
export const FORMER = {
  SUN: ['RUS', 'UKR', 'BLR', 'MDA', 'EST', 'LVA', 'LTU', 'GEO', 'ARM', 'AZE', 'KAZ', 'UZB', 'TKM', 'KGZ', 'TJK'],
  YUG: ['SRB', 'MNE', 'XKX', 'HRV', 'SVN', 'BIH', 'MKD'],
  CSK: ['CZE', 'SVK'],
};

// Former states today's shapes cannot draw: the shape of the state they merged into stands for the other.
const UNDRAWN = {
  DDR: 'East Germany cannot be drawn: today\'s shapes have no inner-German border, so Germany\'s shape stands for West Germany (the Federal Republic).',
  YMD: 'South Yemen cannot be drawn: today\'s shapes have no border between the two Yemens, so Yemen\'s shape stands for North Yemen.',
};

/** Whether a spell ({from, to}: partial dates, to exclusive, null still) holds on a day (yyyy-mm-dd). */
const holds = (from, to, day) => (!from || from <= day) && (!to || day < to);

const WIDTH = 960;
const HEIGHT = 490;

export const ROLES = {
  selected: 'The state you picked',
  defends: 'Obliged to defend it',
  'defends-if-covered': 'Defence pledge, area not known',
  consults: 'Must consult',
  partner: 'Partner (no defence pledge)',
  member: 'Member on this date',
  none: 'No tie on this date',
};

export class WorldMap {
  /**
   * @param {SVGElement} svg the element to draw into
   * @param {object} topology world-atlas countries-110m
   * @param {Map<string, object>} statesByIso actors by ISO numeric code
   */
  constructor(svg, topology, statesByIso, statesByName, tooltip, note, actors = []) {
    this.svg = svg;
    this.tooltip = tooltip;
    this.note = note;
    this.topology = topology;
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.shapes = new Map(); // actor id -> path
    this.details = new Map(); // actor id -> text shown on hover
    this.roles = new Map();
    this.drawn = null; // which former states the layer holds, e.g. "SUN:RUS,UKR…|CSK:…"
    this.path = geoPath(geoNaturalEarth1().fitExtent([[6, 6], [WIDTH - 6, HEIGHT - 6]], { type: 'Sphere' }));
    // Each of today's shapes with the Entente state it is (Kosovo, Northern Cyprus and Somaliland have no ISO code in world-atlas; Kosovo is matched by name).
    this.countries = topology.objects.countries.geometries.map((geometry) => {
      const country = feature(topology, geometry);
      return { geometry, country, actor: statesByIso.get(country.id) ?? statesByName.get(country.properties.name) };
    });
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    svg.replaceChildren(
      el('svg:path', { class: 'sphere', d: this.path({ type: 'Sphere' }) }),
      el('svg:path', { class: 'graticule', d: this.path(geoGraticule10()) }),
      el('svg:g', { class: 'countries' }),
    );
    this.setDate(null);
    svg.addEventListener('mousemove', (event) => this.#hover(event));
    svg.addEventListener('mouseleave', () => { this.tooltip.hidden = true; });
  }

  /** Draws the states as they were on a day (yyyy-mm-dd; null: today's map). */
  setDate(day) {
    const parts = new Map(); // successor id -> former state id
    for (const [former, successors] of Object.entries(FORMER)) {
      const f = this.actors.get(former);
      if (!day || !f || !holds(f.from, f.to, day)) continue;
      for (const id of successors) {
        const s = this.actors.get(id);
        const own = s?.cow?.some((spell) => holds(spell.from, spell.to, day));
        if (id === f.successor || !own) parts.set(id, former);
      }
    }
    const key = [...parts].map(([s, f]) => `${f}:${s}`).join(',');
    if (this.note) {
      const notes = Object.entries(UNDRAWN).filter(([id]) => day && this.actors.get(id) && holds(this.actors.get(id).from, this.actors.get(id).to, day)).map(([, text]) => text);
      const merged = [...new Set(parts.values())].map((id) => this.actors.get(id).name);
      if (merged.length > 0) notes.unshift(`${merged.join(', ')} drawn from today's borders of ${merged.length === 1 ? 'its' : 'their'} successors.`);
      this.note.textContent = notes.join(' ');
      this.note.hidden = notes.length === 0;
    }
    if (key === this.drawn) return;
    this.drawn = key;
    this.shapes = new Map();
    const layer = this.svg.querySelector('g.countries');
    const groups = new Map(); // former id -> geometries
    const shapes = [];
    for (const { geometry, country, actor } of this.countries) {
      const former = actor ? parts.get(actor.id) : undefined;
      if (former) {
        if (!groups.has(former)) groups.set(former, []);
        groups.get(former).push(geometry);
        continue;
      }
      shapes.push(this.#shape(this.path(country), actor, country.properties.name));
    }
    for (const [former, geometries] of groups) {
      shapes.push(this.#shape(this.path(merge(this.topology, geometries)), this.actors.get(former), former));
    }
    layer.replaceChildren(...shapes);
    this.paint(this.roles, this.details);
  }

  #shape(d, actor, name) {
    const shape = el('svg:path', { class: 'country', d, 'data-name': actor?.name ?? name });
    if (actor) {
      shape.dataset.id = actor.id;
      shape.classList.add('known');
      this.shapes.set(actor.id, shape);
    }
    return shape;
  }

  /** Calls back with the actor id of a clicked shape. */
  onPick(callback) {
    this.svg.addEventListener('click', (event) => {
      const id = event.target?.dataset?.id;
      if (id) callback(id);
    });
  }

  /**
   * Colours the map.
   * @param {Map<string, string>} roles actor id -> a key of ROLES
   * @param {Map<string, string>} details actor id -> hover text (treaty and article)
   */
  paint(roles, details) {
    this.roles = roles;
    this.details = details;
    for (const [id, shape] of this.shapes) {
      shape.dataset.role = roles.get(id) ?? 'none';
    }
  }

  #hover(event) {
    const target = event.target;
    if (!target?.classList?.contains('country')) {
      this.tooltip.hidden = true;
      return;
    }
    const id = target.dataset.id;
    const name = target.dataset.name;
    const role = target.dataset.role;
    const lines = [id ? `${name}` : `${name} (not in Entente's data)`];
    if (role && ROLES[role] && role !== 'none') lines.push(ROLES[role]);
    if (id && this.details.has(id)) lines.push(...this.details.get(id));
    this.tooltip.replaceChildren(...lines.map((line, i) => el(i === 0 ? 'strong' : 'span', {}, line)));
    this.tooltip.hidden = false;
    const box = this.svg.parentElement.getBoundingClientRect();
    const x = Math.min(event.clientX - box.left + 14, box.width - 260);
    this.tooltip.style.left = `${Math.max(0, x)}px`;
    this.tooltip.style.top = `${event.clientY - box.top + 14}px`;
  }
}
