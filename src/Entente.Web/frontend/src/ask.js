// The question box: sends the question to /api/ask and shows the answer, its facts with numbered sources,
// the sources as links, and the date the answer holds on.
import { getJson, q } from './api.js';
import { el, clear } from './dom.js';
import { readable } from './dates.js';

export function renderAnswer(target, answer, ask) {
  // The strongest sources, as many as the answer says to show (the CLI shows the same); the rest are counted.
  const shown = answer.sources.slice(0, Math.min(answer.sourcesShown ?? answer.sources.length, answer.sources.length));
  const rest = answer.sources.length - shown.length;
  const numbers = new Map(shown.map((s, i) => [s.id, i + 1]));
  const cite = (ids) => ids.filter((id) => numbers.has(id)).sort((a, b) => numbers.get(a) - numbers.get(b))
    .map((id) => el('a', { href: `#source-${numbers.get(id)}`, class: 'cite' }, `[${numbers.get(id)}]`));
  clear(target,
    answer.reading ? el('p', { class: 'reading', id: 'answer-reading' }, answer.reading) : null,
    el('p', { class: 'answer-text', id: 'answer-text' }, answer.answer),
    answer.caveat ? el('p', { class: 'caveat' }, answer.caveat) : null,
    answer.refusal?.suggestions.length > 0
      ? el('div', { class: 'suggestions' }, el('p', {}, 'Questions Entente can answer:'),
        el('ul', {}, answer.refusal.suggestions.map((s) => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => ask(s) }, s)))))
      : null,
    answer.facts.length > 0
      ? el('details', { class: 'facts', open: true }, el('summary', {}, `Facts (${answer.facts.length})`),
        el('ul', {}, answer.facts.map((f) => el('li', {}, f.statement, ' ', cite(f.sources)))))
      : null,
    shown.length > 0
      ? el('details', { class: 'sources' }, el('summary', {}, `Sources (${shown.length}${rest > 0 ? ` of ${answer.sources.length}` : ''})`),
        el('ol', {}, shown.map((s, i) => el('li', { id: `source-${i + 1}` },
          el('a', { href: s.url, rel: 'noreferrer noopener', target: '_blank' }, s.title), `. ${s.publisher}.`))),
        rest > 0 ? el('p', { class: 'more-sources' }, `${rest} more source${rest === 1 ? '' : 's'} behind these facts, in the JSON answer.`) : null)
      : null,
    el('p', { class: 'holds' }, `Holds on ${readable(answer.on)}.`),
  );
}

export async function ask(question, on, target, onSuggestion) {
  target.setAttribute('aria-busy', 'true');
  try {
    const answer = await getJson(`/api/ask?q=${q(question)}&on=${on}`);
    renderAnswer(target, answer, onSuggestion);
    return answer;
  } catch (error) {
    clear(target, el('p', { class: 'error', role: 'alert' }, error.message));
    return null;
  } finally {
    target.removeAttribute('aria-busy');
  }
}
