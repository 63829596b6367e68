// The question box: sends the question to /api/ask and shows the answer, its facts with numbered sources,
// the sources as links, and the date the answer holds on.
import { getJson, q } from './api.js';
import { el, clear } from './dom.js';
import { readable } from './dates.js';

export function renderAnswer(target, answer, ask) {
  const numbers = new Map(answer.sources.map((s, i) => [s.id, i + 1]));
  const cite = (ids) => ids.map((id) => el('a', { href: `#source-${numbers.get(id)}`, class: 'cite' }, `[${numbers.get(id)}]`));
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
    answer.sources.length > 0
      ? el('details', { class: 'sources' }, el('summary', {}, `Sources (${answer.sources.length})`),
        el('ol', {}, answer.sources.map((s, i) => el('li', { id: `source-${i + 1}` },
          el('a', { href: s.url, rel: 'noreferrer noopener', target: '_blank' }, s.title), `. ${s.publisher}.`))))
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
