/**
 * Stories a theme page shows itself, newest first: a few rows of the grid. The rest are one
 * link away in the theme's paginated story list, so a theme page stays the same size however
 * many stories the harvest holds. Its own module, so the CMS's preview reads it without Astro.
 */
export const THEME_PAGE_STORIES = 12;
