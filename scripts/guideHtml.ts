/**
 * The user's guide (docs/guide.md and its translations docs/guide.<language>.md) as HTML for the
 * window's Guide view, made at build time by markdown-it so the window ships no Markdown parser.
 *
 * Nothing in the file reaches the page as markup of its own: raw HTML is off (a `<tag>` in the
 * text is escaped), markdown-it refuses `javascript:`, `vbscript:`, `file:` and `data:` links, web
 * links open in the browser (target=_blank, which main's window-open handler turns into the safe
 * external-link path), links to other files of the repository become their text (they are not
 * shipped), and images become their alt text (the window's CSP loads none from elsewhere).
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { GuideDocument, GuideSection } from '../renderer/guideDocument.ts';

/** An id a heading can be linked by: "guide-" and its words in plain ASCII, unique in the page. */
function slugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base =
      'guide-' +
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Keeps web and in-page links; a link anywhere else (a repository file) becomes its text. */
function keepSafeLinks(children: Token[]): Token[] {
  const kept: Token[] = [];
  let dropping = false;
  for (const token of children) {
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      if (/^https:\/\//i.test(href)) {
        token.attrSet('target', '_blank');
        token.attrSet('rel', 'noopener noreferrer');
      } else if (!href.startsWith('#')) {
        dropping = true;
        continue;
      }
    } else if (token.type === 'link_close' && dropping) {
      dropping = false;
      continue;
    }
    kept.push(token);
  }
  return kept;
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const rules = markdown.renderer.rules;
rules.image = (tokens, idx) => markdown.utils.escapeHtml(tokens[idx]?.content ?? '');

/** Tables with more columns than this are drawn as one block per row in the narrow window. */
const MAX_COLUMNS_SIDE_BY_SIDE = 3;

/**
 * Labels each cell with its column's heading (`data-label`, which the stacked layout shows before
 * the cell) and marks wide tables to stack. The ARIA roles keep them tables for screen readers
 * when CSS draws their rows as blocks.
 */
function labelTableCells(tokens: Token[]): void {
  let headers: string[] = [];
  let table: Token | null = null;
  let head: Token | null = null;
  let column = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'table_open':
        table = token;
        headers = [];
        token.attrSet('role', 'table');
        break;
      case 'thead_open':
        head = token;
        break;
      case 'tr_open':
        column = 0;
        token.attrSet('role', 'row');
        break;
      case 'th_open':
        headers.push(tokens[i + 1]?.content ?? '');
        token.attrSet('role', 'columnheader');
        break;
      case 'td_open':
        token.attrSet('role', 'cell');
        token.attrSet('data-label', headers[column] ?? '');
        column += 1;
        break;
      case 'thead_close':
        if (table && headers.length > MAX_COLUMNS_SIDE_BY_SIDE) {
          table.attrSet('class', 'user-guide-stacked');
          // Its headings are read by screen readers and shown beside each cell instead.
          head?.attrSet('class', 'visually-hidden');
        }
        break;
    }
  }
}

/** Compiles one language's guide. */
export function compileGuide(source: string): GuideDocument {
  const tokens = markdown.parse(source, {});
  const slug = slugger();
  const sections: GuideSection[] = [];
  let titled = false;
  const body: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'inline' && token.children) token.children = keepSafeLinks(token.children);
    if (token.type !== 'heading_open') {
      body.push(token);
      continue;
    }
    const inline = tokens[i + 1] as Token;
    const text = inline.children?.filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('') ?? inline.content;
    // The view shows its own title, so the file's is left out.
    if (token.tag === 'h1' && !titled) {
      titled = true;
      i += 2; // the heading's text and its closing tag
      continue;
    }
    const id = slug(text);
    token.attrSet('id', id);
    // Focusable from a contents link, so the keyboard and screen readers move with the page.
    token.attrSet('tabindex', '-1');
    if (token.tag === 'h2') sections.push({ id, title: text });
    body.push(token);
  }
  labelTableCells(body);
  return { sections, html: markdown.renderer.render(body, markdown.options, {}) };
}
