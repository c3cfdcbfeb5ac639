/**
 * How an inline illustration is named for screen readers. The file's <title> is English; the app
 * shows the stretch's alt text in the person's language instead, or hides a drawing whose text
 * beside it already says it all. The title is also the tooltip, so it must be the translated one.
 */
export function labelIllustration(svg: string, alt: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root || !/<title>[^<]*<\/title>/.test(svg)) throw new Error('an illustration needs an <svg> root with a <title>');
  if (alt.trim() === '') {
    return svg.replace(root, root.replace(/\srole="img"/, '').replace(/>$/, ' aria-hidden="true">')).replace(/\s*<title>[^<]*<\/title>/, '');
  }
  return svg.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(alt)}</title>`);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
