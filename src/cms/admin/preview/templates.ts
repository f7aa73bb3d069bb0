// The preview pane's templates and chart drawing: loaded by the CMS only when a preview first
// shows (src/cms/admin/lazy-previews.ts), so the chart code stays out of the first screen.
import type { PreviewData } from '../../preview/preview-data-file.ts';
import { chapterPreview, followUpPreview, insightPreview, themePreview, type ReactHooks } from './entry-previews.ts';
import type { H, PreviewProps } from './kit.ts';
import { storyPreview } from './story-preview.ts';
import { missingVisualHtml, visualFigureHtml } from './visual-figure.ts';

export type PreviewTemplate = (props: PreviewProps) => unknown;

/** A preview template per CMS collection, with the markup of its page on the site. */
export function previewTemplates(h: H, data: PreviewData, react: ReactHooks): Record<string, PreviewTemplate> {
  return {
    stories: storyPreview(h, data),
    insights: insightPreview(h, data),
    chapters: chapterPreview(h, data),
    followups: followUpPreview(h, data),
    themes: themePreview(h, data, react),
  };
}

/** The HTML of `<Visual id="…" />` in a body: the chart as on the site. */
export function visualBodyHtml(data: PreviewData): (id: string) => string {
  return (id) => {
    const visual = data.visuals.find((candidate) => candidate.slug === id);
    return visual ? visualFigureHtml(visual) : missingVisualHtml(id);
  };
}
