/** The user's guide as the build makes it from docs/guide*.md (scripts/guideHtml.ts, vite.config.ts). */
export interface GuideSection {
  id: string;
  title: string;
}

export interface GuideDocument {
  /** The second-level headings, in order, for the contents list. */
  sections: GuideSection[];
  /** Everything after the file's first-level heading (the view shows its own). */
  html: string;
}
