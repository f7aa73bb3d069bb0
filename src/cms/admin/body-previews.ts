/**
 * How body components preview once the preview code has loaded (src/cms/admin/lazy-previews.ts):
 * the editor components' `toPreview` (editor-components.ts) asks here first.
 */
export const bodyPreviews: { visual?: (id: string) => string } = {};
