// Entente's page: a question box and an article check (two tabs), a world map coloured by who stands behind whom
// on a date, the date slider, a treaty's members over time, and the alliance network. Every fact comes from the API;
// the page computes nothing.
import { getJson, q } from './api.js';
import { $, el, clear } from './dom.js';
import { FIRST_YEAR, dayOfYear, readable, thisYear } from './dates.js';
import { ROLES, WorldMap } from './map.js';
import { ask } from './ask.js';
import { drawTimeline, spellsOf } from './timeline.js';

const ROLE_WORDS = { defends: 'Obliged to defend', 'defends-if-covered': 'Defence pledge, area not known', consults: 'Must consult', partner: 'Partners' };

const state = { year: thisYear(), day: dayOfYear(thisYear()), alliance: 'NATO', country: null, networkOpen: false };
let map;
let names;
let alliances;
let refreshToken = 0;
let checkModule;

// The article check is a chunk of its own: asked for when its tab opens, so the first load does not carry it.
// A failed load is forgotten, so the next click tries again.
const loadCheck = () => (checkModule ??= import('./check.js').catch((error) => {
  checkModule = undefined;
  throw error;
}));

async function start() {
  wireTabs();
  wireCheck();
  // The first view's data is asked for at once, so it arrives while the map is being drawn.
  getJson(`/api/members/${state.alliance}?on=${state.day}`);
  getJson(`/api/actors/${state.alliance}`);
  const [actors, allianceList, topology] = await Promise.all([
    getJson('/api/actors'),
    getJson('/api/alliances'),
    fetch('countries-110m.json').then((r) => r.json()),
  ]);
  names = new Map(actors.map((a) => [a.id, a.name]));
  alliances = allianceOptions(allianceList);
  const states = actors.filter((a) => a.kind === 'state');
  const byIso = new Map(states.filter((a) => a.isoNumeric && !a.to).map((a) => [a.isoNumeric, a]));
  const byName = new Map(states.filter((a) => !a.to).map((a) => [a.name, a]));
  map = new WorldMap($('#map'), topology, byIso, byName, $('#tooltip'), $('#map-note'), states);
  map.onPick((id) => pickCountry(id));

  const slider = $('#year');
  slider.min = String(FIRST_YEAR);
  slider.max = String(thisYear());
  slider.value = String(state.year);
  setYear(state.year, false);
  slider.addEventListener('input', () => setYear(Number(slider.value), false));
  slider.addEventListener('change', () => setYear(Number(slider.value), true));

  const allianceSelect = $('#alliance');
  allianceSelect.append(...alliances.map((a) => el('option', { value: a.id }, a.label)));
  allianceSelect.value = state.alliance;
  allianceSelect.addEventListener('change', () => pickAlliance(allianceSelect.value));

  const countrySelect = $('#country');
  countrySelect.append(...[...map.shapes.keys()].map((id) => ({ id, name: names.get(id) }))
    .sort((a, b) => a.name.localeCompare(b.name)).map((c) => el('option', { value: c.id }, c.name)));
  countrySelect.addEventListener('change', () => (countrySelect.value ? pickCountry(countrySelect.value) : pickAlliance(state.alliance)));

  $('#ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    runAsk($('#question').value);
  });
  $('#network-button').addEventListener('click', () => openNetwork());
  drawLegend();
  await refresh();
  document.documentElement.dataset.ready = 'true';
  performance.mark('entente-interactive');
}

function allianceOptions(list) {
  const seen = new Map();
  for (const a of list) {
    const id = a.organization ?? a.id;
    if (seen.has(id)) continue;
    const from = (a.inForce ?? '').slice(0, 4);
    const to = (a.organizationEnded ?? a.ended ?? '').slice(0, 4);
    const label = a.organizationName ? `${a.organization} — ${a.organizationName}` : a.name.replace(/^The /, '');
    seen.set(id, { id, label: `${label} (${from}–${to})`, organization: a.organization, treaty: a.id, name: a.organizationName ?? a.name });
  }
  return [...seen.values()];
}

function setYear(year, final) {
  state.year = year;
  state.day = dayOfYear(year);
  map?.setDate(year >= thisYear() ? null : state.day);
  $('#year-label').value = year >= thisYear() ? `today (${readable(state.day)})` : readable(state.day);
  if (final) refresh();
}

function pickAlliance(id) {
  state.alliance = id;
  state.country = null;
  $('#alliance').value = id;
  $('#country').value = '';
  refresh();
}

function pickCountry(id) {
  state.country = id;
  $('#country').value = id;
  refresh();
}

async function refresh() {
  const token = ++refreshToken;
  const section = $('#map-section');
  section.setAttribute('aria-busy', 'true');
  try {
    const painted = state.country ? await paintBackers(state.country) : await paintAlliance(state.alliance);
    if (token !== refreshToken) return;
    painted();
    await drawAllianceTimeline();
    if (state.networkOpen) await openNetwork();
  } catch (error) {
    clear($('#panel-body'), el('p', { class: 'error', role: 'alert' }, error.message));
  } finally {
    if (token === refreshToken) section.removeAttribute('aria-busy');
  }
}

async function paintAlliance(id) {
  const members = await getJson(`/api/members/${q(id)}?on=${state.day}`);
  return () => {
    const roles = new Map(members.members.map((m) => [m.id, 'member']));
    const details = new Map(members.members.map((m) => [m.id, [`${members.of} member since ${m.since}`]]));
    map.paint(roles, details);
    drawLegend(['member', 'none']);
    $('#map-caption').textContent = `${members.name}: ${members.count} member${members.count === 1 ? '' : 's'} on ${readable(members.on)}. Pick a country to see who stands behind it.`;
    clear($('#panel-body'),
      el('h3', { id: 'panel-title' }, `${members.name} on ${readable(members.on)}`),
      el('p', {}, `${members.count} member${members.count === 1 ? '' : 's'}.`, members.afterReview ? ` The data was reviewed up to ${members.reviewed}.` : ''),
      el('ul', { class: 'names', id: 'member-list' }, members.members.map((m) =>
        el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => pickCountry(m.id) }, m.name), ` since ${m.since}`))));
  };
}

async function paintBackers(id) {
  const data = await getJson(`/api/backers/${q(id)}?on=${state.day}`);
  return () => {
    const roles = new Map(data.backers.map((b) => [b.id, b.role]));
    roles.set(data.of, 'selected');
    const details = new Map(data.backers.map((b) => [b.id, b.basis.map((x) => `${ROLE_WORDS[x.role] ?? x.role}: ${x.name}${x.article ? `, Article ${x.article}` : ''}`)]));
    map.paint(roles, details);
    drawLegend(['selected', 'defends', 'defends-if-covered', 'consults', 'partner', 'none']);
    const groups = Object.keys(ROLE_WORDS).map((role) => [role, data.backers.filter((b) => b.role === role)]).filter(([, list]) => list.length > 0);
    $('#map-caption').textContent = `Who stands behind ${data.name} on ${readable(data.on)}: ${data.backers.filter((b) => b.role === 'defends').length} obliged to defend it.`;
    clear($('#panel-body'),
      el('h3', { id: 'panel-title' }, `Who stands behind ${data.name} on ${readable(data.on)}`),
      groups.length === 0 ? el('p', {}, `No state is bound to defend ${data.name} or to consult over it on this date, in Entente's data.`) : null,
      groups.map(([role, list]) => el('div', { class: `group ${role}` },
        el('h4', {}, `${ROLE_WORDS[role]} (${list.length})`),
        // Backers on the same grounds (every NATO member under Article 5) share one line: the grounds, then the names.
        el('ul', { class: 'grounds' }, [...groupBy(list, (b) => grounds(b, role))].map(([why, backers]) => el('li', {},
          el('span', { class: 'basis' }, `${why}: `),
          backers.flatMap((b, i) => [i > 0 ? ', ' : '', el('button', { type: 'button', class: 'link', onclick: () => pickCountry(b.id) }, b.name)])))))),
      el('p', {}, el('button', { type: 'button', onclick: () => runAsk(`Who must defend ${data.name} if it is attacked?`) }, `Ask: who must defend ${data.name}?`), ' ',
        el('button', { type: 'button', onclick: () => pickAlliance(state.alliance) }, 'Back to the alliance')));
  };
}

function grounds(backer, role) {
  return [...new Set(backer.basis.filter((x) => x.role === role).map((x) => (x.article ? `${x.name}, Article ${x.article}` : x.name)))].join('; ');
}

function groupBy(list, key) {
  const groups = new Map();
  for (const item of list) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

async function drawAllianceTimeline() {
  const alliance = alliances.find((a) => a.id === state.alliance);
  const view = alliance.organization ? await getJson(`/api/actors/${q(alliance.organization)}`) : await getJson(`/api/treaties/${q(alliance.treaty)}`);
  $('#timeline-title').textContent = `${alliance.name}${alliance.organization ? ` (${alliance.organization})` : ''}: members over time`;
  drawTimeline($('#timeline'), spellsOf(view), names, state.day);
}

async function openNetwork() {
  state.networkOpen = true;
  const container = $('#network');
  container.hidden = false;
  $('#network-button').textContent = 'Redraw the network';
  const [{ drawNetwork }, network] = await Promise.all([import('./network.js'), getJson(`/api/network?on=${state.day}`)]);
  const counts = drawNetwork(container, network, (id) => pickCountry(id));
  $('#network-caption').textContent = `${counts.alliances} alliances in force on ${readable(state.day)}, tying ${counts.states} states. Arrows: one-way pledges (guarantor → treaty → protected state).`;
}

function drawLegend(keys = ['member', 'none']) {
  clear($('#legend'), keys.map((key) => el('li', {}, el('span', { class: `swatch ${key}`, 'aria-hidden': 'true' }), ROLES[key])));
}

const TABS = ['ask', 'check'];

function selectTab(name) {
  for (const key of TABS) {
    const selected = key === name;
    const tab = $(`#${key}-tab`);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`#${key}-panel`).hidden = !selected;
  }
  // The address says when the check is open, so a link to /#check opens it.
  if ((name === 'check') !== (location.hash === '#check')) history.replaceState(null, '', name === 'check' ? '#check' : location.pathname + location.search);
  if (name === 'check') loadCheck().catch(() => {}); // reported by the click that needs it
}

function wireTabs() {
  const tabs = TABS.map((key) => $(`#${key}-tab`));
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener('click', () => selectTab(TABS[i]));
    tab.addEventListener('keydown', (event) => {
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = (to + tabs.length) % tabs.length;
      tabs[next].focus();
      selectTab(TABS[next]);
    });
  }
  if (location.hash === '#check') selectTab('check');
}

function wireCheck() {
  const article = $('#article');
  const form = $('#check-form');
  const status = $('#check-status');
  const failed = (error) => clear(status, el('span', { class: 'error' }, `The check could not load: ${error.message}`));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    loadCheck().then(({ check }) => check(article.value, state.day, status, $('#check-result')), failed);
  });
  article.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  $('#check-seed').addEventListener('click', () => loadCheck().then(({ SEED_ARTICLE }) => {
    article.value = SEED_ARTICLE;
  }, failed));
}

async function runAsk(question) {
  selectTab('ask');
  $('#question').value = question;
  $('#ask-section').scrollIntoView({ block: 'nearest' });
  await ask(question, state.day, $('#answer'), runAsk);
}

start().catch((error) => {
  clear($('#panel-body'), el('p', { class: 'error', role: 'alert' }, `The page could not start: ${error.message}`));
});
