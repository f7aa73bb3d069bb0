import type { APIRoute, GetStaticPaths } from 'astro';
import { EARL_FILE } from '../accessibility/earl.ts';
import { getAxeEvidence } from '../data/accessibility-evidence.ts';

// The axe report is published only when `npm run a11y:report` wrote one; the statement links it then.
export const getStaticPaths = (() => {
  const evidence = getAxeEvidence();
  return evidence ? [{ params: { report: EARL_FILE.replace(/\.jsonld$/, '') }, props: { text: evidence.text } }] : [];
}) satisfies GetStaticPaths;

/** The EARL report of the last axe run, as written: partial, automated evidence for the statement. */
export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
