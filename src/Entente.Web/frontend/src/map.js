// The world map: world-atlas's 110m countries drawn with d3-geo, each shape joined to an Entente state by its
// ISO 3166 numeric code (Actor.IsoNumeric), coloured by a role the caller gives.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import { el } from './dom.js';

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
  constructor(svg, topology, statesByIso, statesByName, tooltip) {
    this.svg = svg;
    this.tooltip = tooltip;
    this.shapes = new Map(); // actor id -> path
    this.details = new Map(); // actor id -> text shown on hover
    const countries = feature(topology, topology.objects.countries).features;
    const projection = geoNaturalEarth1().fitExtent([[6, 6], [WIDTH - 6, HEIGHT - 6]], { type: 'Sphere' });
    const path = geoPath(projection);
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    svg.replaceChildren(
      el('svg:path', { class: 'sphere', d: path({ type: 'Sphere' }) }),
      el('svg:path', { class: 'graticule', d: path(geoGraticule10()) }),
    );
    const layer = el('svg:g', { class: 'countries' });
    for (const country of countries) {
      // Kosovo, Northern Cyprus and Somaliland have no ISO code in world-atlas; Kosovo is matched by name.
      const actor = statesByIso.get(country.id) ?? statesByName.get(country.properties.name);
      const shape = el('svg:path', { class: 'country', d: path(country), 'data-name': actor?.name ?? country.properties.name });
      if (actor) {
        shape.dataset.id = actor.id;
        shape.classList.add('known');
        this.shapes.set(actor.id, shape);
      }
      layer.append(shape);
    }
    svg.append(layer);
    svg.addEventListener('mousemove', (event) => this.#hover(event));
    svg.addEventListener('mouseleave', () => { this.tooltip.hidden = true; });
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
