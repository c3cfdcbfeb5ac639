import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../scripts/guideHtml.js';

const shipped = readFileSync(new URL('../docs/guide.md', import.meta.url), 'utf8');

describe('the user’s guide as HTML', () => {
  it('keeps the shipped guide’s sections, in order, each with a heading the contents can move to', () => {
    const guide = compileGuide(shipped);
    const headings = [...shipped.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(guide.sections.map((section) => section.title)).toEqual(headings);
    for (const section of guide.sections) expect(guide.html).toContain(`<h2 id="${section.id}" tabindex="-1">`);
    expect(new Set(guide.sections.map((section) => section.id)).size).toBe(guide.sections.length);
    // The view shows its own title.
    expect(guide.html).not.toContain('<h1');
  });

  it('lets no markup of the file through: raw HTML is text, and no script, handler, style or frame appears', () => {
    const guide = compileGuide(
      '# Title\n\nA <script>alert(1)</script> and <img src=x onerror="alert(2)"> and <b style="color:red">bold</b>.\n\n<iframe src="https://example.org"></iframe>\n',
    );
    expect(guide.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(guide.html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(guide.html).not.toMatch(/<(script|img|iframe|b)\b/);
    expect(guide.html).not.toMatch(/<[^>]+\s(on\w+|style)=/);
  });

  it('opens web links in the browser, keeps in-page links, and turns other links and images into their text', () => {
    const guide = compileGuide(
      [
        '# Title',
        '',
        'See [the NHS](https://www.nhs.uk/conditions/leg-cramps/), [below](#guide-more), [the export format](export.md),',
        '[a script](javascript:alert(1)), [a file](file:///etc/passwd) and ![a calf stretch](calf.png).',
        '',
        '## More',
      ].join('\n'),
    );
    expect(guide.html).toContain('<a href="https://www.nhs.uk/conditions/leg-cramps/" target="_blank" rel="noopener noreferrer">the NHS</a>');
    expect(guide.html).toContain('<a href="#guide-more">below</a>');
    expect(guide.html).toContain(' the export format,');
    expect(guide.html).not.toContain('export.md');
    expect(guide.html).not.toMatch(/href="(javascript|file):/);
    expect(guide.html).toContain('a calf stretch.');
    expect(guide.sections).toEqual([{ id: 'guide-more', title: 'More' }]);
  });

  it('gives headings in any language plain ids, unique even when two read the same', () => {
    const guide = compileGuide('# Anleitung\n\n## Über die Größe\n\n## Über die Größe\n\n## ¿Qué es?\n');
    expect(guide.sections.map((section) => section.id)).toEqual(['guide-uber-die-gro-e', 'guide-uber-die-gro-e-2', 'guide-que-es']);
  });

  it('labels table cells with their column and stacks tables too wide for the window, keeping their table roles', () => {
    const narrow = compileGuide('# T\n\n| Item | What |\n| --- | --- |\n| Quit | Ends Limber |\n').html;
    expect(narrow).toContain('<table role="table">');
    expect(narrow).toContain('<td role="cell" data-label="What">Ends Limber</td>');
    const wide = compileGuide('# T\n\n| Reason | Linux | Windows | macOS |\n| --- | --- | --- | --- |\n| Call | a | b | c |\n').html;
    expect(wide).toContain('<table role="table" class="user-guide-stacked">');
    expect(wide).toContain('<td role="cell" data-label="macOS">c</td>');
  });
});
