// The article check (a chunk of its own, loaded when the "Check an article" tab opens): POSTs the text to
// /api/check and shows it back with each claim in a <mark> coloured by its verdict; hovering or focusing a mark
// shows a popover with the verdict, the correction and the sources; a list of the claims follows.
// The text is rendered from the very string that was sent, with text nodes only: the API's start/end are UTF-16
// offsets into it, as JS string indices are, and nothing in it can become markup.
import { postText, q } from './api.js';
import { el, clear } from './dom.js';
import { readable } from './dates.js';

/** A short built-in sample mixing every verdict (not the research seed article, which is not bundled). */
export const SEED_ARTICLE = [
  'Japan is not a member of NATO.',
  'NATO was established in 1949.',
  'Japan’s neutral status lets it mediate between the great powers.',
  'The U.S.-Japan Security Treaty, signed in 1960, provides for mutual defense between the two countries.',
  'Sweden joined NATO in 2022.',
  'Japan relies heavily on the United States for its security.',
].join(' ');

/** The API's verdict words, in the order they are counted; the icon of each is in styles.css (.badge, mark.claim). */
export const VERDICTS = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  contradicted: 'Contradicted',
  'not-checkable': 'Not checkable',
};

const CLOSE_DELAY_MS = 200;
let requests = 0;
let inFlight;

/**
 * Checks <text> on the day <on> and shows the result: the summary in <status>, the text and the claims in <result>.
 * An API problem (413 too large, 400 unreadable) shows its detail in <status>.
 */
export async function check(text, on, status, result) {
  const request = ++requests;
  inFlight?.abort();
  if (text.trim() === '') {
    showError(status, result, 'Paste an article first, or use the seed article.');
    return null;
  }
  inFlight = new AbortController();
  status.textContent = 'Checking…';
  result.setAttribute('aria-busy', 'true');
  try {
    const report = await postText(`/api/check?on=${q(on)}`, text, inFlight.signal);
    if (request !== requests) return null;
    render(report, text, status, result);
    return report;
  } catch (error) {
    if (request === requests) showError(status, result, error.message);
    return null;
  } finally {
    if (request === requests) result.removeAttribute('aria-busy');
  }
}

function showError(status, result, message) {
  clear(status, el('span', { class: 'error' }, message));
  clear(result);
  result.hidden = true;
}

function render(report, text, status, result) {
  // The server drops a byte order mark before counting; everything else is counted in the text as sent.
  const base = text.startsWith('\uFEFF') ? 1 : 0;
  const claims = report.claims.map((c, i) => ({ ...c, n: i + 1, start: c.start + base, end: c.end + base }));
  const counts = Object.keys(VERDICTS).map((v) => [v, claims.filter((c) => c.verdict === v).length]);
  // A date read from the text's own date line is said with the words it came from.
  const dated = report.dateLine ? ` (the text's date line: ‘${report.dateLine}’)` : '';
  if (claims.length === 0) status.textContent = `No claim Entente can check in ${plural(report.sentences, 'sentence')}, on ${readable(report.on)}${dated}.`;
  else {
    clear(status, `${plural(claims.length, 'claim')} in ${plural(report.sentences, 'sentence')}, checked on ${readable(report.on)}${dated}: `,
      ...counts.flatMap(([v, n], i) => [i > 0 ? ', ' : '', el('span', { class: `badge ${v}` }, `${n} ${VERDICTS[v].toLowerCase()}`)]), '.');
  }

  const box = el('div', { class: 'checked-text', id: 'check-text' });
  let at = 0;
  for (const c of claims) {
    // A claim is marked where its words are; one that does not fit (never expected) is still listed below.
    c.placed = c.start >= at && c.end > c.start && text.slice(c.start, c.end) === c.span;
    if (!c.placed) continue;
    const pop = popover(c);
    box.append(text.slice(at, c.start),
      el('mark', { class: `claim ${c.verdict}`, id: `claim-${c.n}`, tabindex: 0, 'data-verdict': c.verdict, 'data-kind': c.kind, 'aria-describedby': pop.id }, c.span),
      pop);
    at = c.end;
  }
  box.append(text.slice(at));
  wirePopovers(box);

  clear(result,
    el('ul', { class: 'verdict-legend', 'aria-label': 'Verdicts' },
      Object.entries(VERDICTS).map(([v, word]) => el('li', {}, el('span', { class: `badge ${v}` }, word))),
      el('li', { class: 'keys' }, 'Hover or Tab to a claim; Enter reaches its sources, Esc closes.')),
    el('div', { class: 'check-layout' },
      box,
      el('div', { class: 'claims-panel' },
        el('h3', { id: 'claims-title' }, `Claims (${claims.length})`),
        claims.length === 0 ? el('p', {}, 'Entente checks claims about memberships, accessions, founding and signing dates, defence clauses, neutrality and the like.') : null,
        el('ol', { class: 'claim-list', id: 'claim-list', 'aria-labelledby': 'claims-title' }, claims.map(listItem)))));
  result.hidden = false;
}

function popover(c) {
  const first = c.facts[0]?.statement;
  return el('div', { class: `pop ${c.verdict}`, id: `claim-${c.n}-pop`, hidden: true },
    el('strong', { class: `badge ${c.verdict}` }, VERDICTS[c.verdict]),
    c.correction ? el('p', { class: 'correction' }, el('span', { class: 'label' }, correctionLabel(c)), c.correction)
      : first ? el('p', {}, first) : null,
    c.sources.length > 0
      ? el('ul', { class: 'pop-sources', 'aria-label': 'Sources' }, c.sources.map((s) => el('li', {}, sourceLink(s, -1))))
      : el('p', { class: 'muted' }, 'No source: the data does not record this.'));
}

function listItem(c) {
  const numbers = new Map(c.sources.map((s, i) => [s.id, i + 1]));
  return el('li', { class: `claim-item ${c.verdict}`, id: `claim-${c.n}-item` },
    el('p', { class: 'claim-head' }, el('span', { class: `badge ${c.verdict}` }, VERDICTS[c.verdict]), ' ',
      c.placed
        ? el('button', { type: 'button', class: 'link quote', onclick: () => document.getElementById(`claim-${c.n}`)?.focus() }, `“${c.span}”`)
        : el('span', { class: 'quote' }, `“${c.span}”`)),
    c.correction ? el('p', { class: 'correction' }, el('span', { class: 'label' }, correctionLabel(c)), c.correction) : null,
    c.facts.length > 0
      ? el('ul', { class: 'facts' }, c.facts.map((f) => el('li', {}, f.statement, ' ',
        el('span', { class: 'cite' }, f.sources.filter((id) => numbers.has(id)).map((id) => `[${numbers.get(id)}]`).join('')))))
      : null,
    c.sources.length > 0 ? el('ol', { class: 'claim-sources', 'aria-label': 'Sources' }, c.sources.map((s) => el('li', {}, sourceLink(s)))) : null);
}

const correctionLabel = (c) => (c.verdict === 'not-checkable' ? 'Why: ' : 'Correction: ');

function sourceLink(source, tabindex) {
  return el('a', { href: source.url, rel: 'noreferrer noopener', target: '_blank', tabindex }, source.title);
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One popover open at a time: on hovering a mark or focusing it, kept open while the pointer or the focus is on
 * the mark or in its popover. Tab goes from mark to mark (the popover's links are out of the tab order); Enter on
 * a mark moves into its links; Esc closes.
 */
function wirePopovers(box) {
  let open = null;
  let timer = 0;

  const hide = () => {
    clearTimeout(timer);
    if (!open) return;
    open.pop.hidden = true;
    for (const a of open.pop.querySelectorAll('a')) a.tabIndex = -1;
    open.mark.classList.remove('open');
    open = null;
  };
  const show = (mark) => {
    clearTimeout(timer);
    if (open?.mark === mark) return;
    hide();
    const pop = document.getElementById(mark.getAttribute('aria-describedby'));
    pop.hidden = false;
    mark.classList.add('open');
    place(box, mark, pop);
    open = { mark, pop };
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (open && !open.mark.matches(':hover, :focus') && !open.pop.matches(':hover, :focus-within')) hide();
    }, CLOSE_DELAY_MS);
  };
  const keep = () => clearTimeout(timer);

  box.addEventListener('mouseover', (event) => {
    const mark = event.target.closest('mark.claim');
    if (mark) show(mark);
    else if (event.target.closest('.pop')) keep();
  });
  box.addEventListener('mouseout', (event) => {
    if (event.target.closest('mark.claim, .pop')) later();
  });
  box.addEventListener('focusin', (event) => {
    const mark = event.target.closest('mark.claim');
    if (mark) show(mark);
    else if (event.target.closest('.pop')) keep();
  });
  box.addEventListener('focusout', () => later());
  box.addEventListener('keydown', (event) => {
    if (!open) return;
    if (event.key === 'Escape') {
      const { mark, pop } = open;
      if (pop.contains(document.activeElement)) mark.focus();
      hide();
      event.preventDefault();
    } else if (event.key === 'Enter' && event.target === open.mark) {
      const links = [...open.pop.querySelectorAll('a')];
      for (const a of links) a.tabIndex = 0;
      links[0]?.focus();
      event.preventDefault();
    }
  });
}

/** Puts the popover under the mark's last line (above its first, when there is no room below), inside the box. */
function place(box, mark, pop) {
  const rects = mark.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  const frame = box.getBoundingClientRect();
  const originX = frame.left + box.clientLeft;
  const originY = frame.top + box.clientTop;
  const left = Math.max(0, Math.min(last.left - originX, box.clientWidth - pop.offsetWidth));
  let top = last.bottom - originY + 4;
  if (last.bottom + 4 + pop.offsetHeight > window.innerHeight && first.top - pop.offsetHeight - 4 > 0)
    top = first.top - originY - pop.offsetHeight - 4;
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}
