// Runs before the CMS module: Sveltia takes its interface language from this preference, else from
// the browser. Editors get Dutch unless they chose another language in the CMS themselves.
const KEY = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { locale?: string };
  if (!prefs.locale) localStorage.setItem(KEY, JSON.stringify({ ...prefs, locale: 'nl' }));
} catch {
  // Storage blocked: the CMS falls back to the browser's language.
}
