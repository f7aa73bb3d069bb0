import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../page-paths/page-paths.ts';

export const getStaticPaths = pathsFor('accessibility evidence') satisfies GetStaticPaths;

/** The EARL report of the last axe run, as written: partial, automated evidence for the statement. */
export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
