import { illustrationUrl } from '../content/index.ts';

interface IllustrationProps {
  file: string;
  /** The description for screen readers; empty when the text beside it already says it all. */
  alt: string;
  size: 'thumb' | 'large';
}

/**
 * A stretch's line illustration, on a light card in both themes (the drawings are dark lines on
 * transparent ground). A file the content names but the build lacks shows a quiet blank card.
 */
export function Illustration({ file, alt, size }: IllustrationProps) {
  const url = illustrationUrl(file);
  if (!url) {
    return alt ? <div class={`illustration illustration-${size} illustration-missing`} role="img" aria-label={alt} /> : <div class={`illustration illustration-${size} illustration-missing`} aria-hidden="true" />;
  }
  return (
    <div class={`illustration illustration-${size}`}>
      <img src={url} alt={alt} decoding="async" />
    </div>
  );
}
