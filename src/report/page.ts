/**
 * The report's page: sections in order, each figure's chart rendered to inline SVG (ids
 * prefixed with the figure's id, so they are unique on the page), a table of contents, and the
 * page's style. No script, no font, no request: a Content-Security-Policy forbids them.
 *
 * @module
 */
import { STYLE, esc, num } from './html';
import { renderSvg } from './render';
import type { Experiment, Figure, Section } from './section';

/** What the page's header says. */
export interface PageHead {
  title: string;
  experiment: Experiment;
  kinds: string;
  /** A notice shown under the header (what the report could not draw, and why). */
  notice?: string;
  footer: string;
}

/** The page as HTML. The same sections give the same bytes. */
export async function renderPage(head: PageHead, sections: readonly Section[]): Promise<string> {
  const svgs = new Map<string, string>();
  for (const s of sections) for (const part of s.body) if (typeof part !== 'string') svgs.set(part.id, await renderSvg(part.spec, part.id));
  const ex = head.experiment;
  const html: string[] = [];
  html.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  html.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  html.push(`<title>${esc(head.title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  html.push('<header class="top">', `<h1>${esc(head.title)}</h1>`, `<p>${esc(ex.scenarioName)}</p>`);
  html.push(
    `<p>${esc(head.kinds)} · ${num(ex.runs)} runs · ${num(ex.turns)} turns · seed ${esc(String(ex.seed))} · scenario <code>${esc(ex.scenarioHash)}</code></p>`,
  );
  html.push(`<nav class="toc">${sections.map((s) => `<a href="#${s.id}">${esc(s.title)}</a>`).join('')}</nav>`, '</header>');
  if (head.notice) html.push(`<p class="notice">${esc(head.notice)}</p>`);
  for (const s of sections) {
    html.push(`<section id="${s.id}">`, `<h2>${esc(s.title)}</h2>`, `<p class="lead">${esc(s.lead)}</p>`);
    let open = false;
    for (const part of s.body) {
      if (typeof part !== 'string') {
        if (!open) {
          html.push('<div class="charts">');
          open = true;
        }
        html.push(figureHtml(part, svgs.get(part.id) as string));
      } else {
        if (open) {
          html.push('</div>');
          open = false;
        }
        html.push(part);
      }
    }
    if (open) html.push('</div>');
    html.push('</section>');
  }
  html.push(`<footer>${esc(head.footer)}</footer>`);
  html.push('</body>', '</html>', '');
  return html.join('\n');
}

function figureHtml(fig: Figure, svg: string): string {
  return `<figure class="chart${fig.wide ? ' wide' : ''}" id="chart-${fig.id}" data-chart="${fig.id}">${svg}<figcaption>${esc(fig.caption)}</figcaption></figure>`;
}
