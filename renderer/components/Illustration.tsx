import { illustrationSvg } from '../content/index.ts';
import { labelIllustration } from './illustrationLabel.ts';
import '../styles/illustration.css';

interface IllustrationProps {
  file: string;
  /** The description for screen readers; empty when the text beside it already says it all. */
  alt: string;
  size: 'thumb' | 'large';
}

/**
 * A stretch's illustration on a card that follows the theme. The drawing is inlined (not an <img>)
 * so its paints, the page's CSS custom properties, reach it. A file the content names but the
 * build lacks shows a quiet blank card.
 */
export function Illustration({ file, alt, size }: IllustrationProps) {
  const svg = illustrationSvg(file);
  if (!svg) {
    return alt ? <div class={`illustration illustration-${size} illustration-missing`} role="img" aria-label={alt} /> : <div class={`illustration illustration-${size} illustration-missing`} aria-hidden="true" />;
  }
  // The markup is the app's own generated files (resources/build/illustrations.ts), which
  // test/illustrations.test.ts keeps free of scripts, event handlers and links.
  return <div class={`illustration illustration-${size}`} data-illustration={file} dangerouslySetInnerHTML={{ __html: labelIllustration(svg, alt) }} />;
}
