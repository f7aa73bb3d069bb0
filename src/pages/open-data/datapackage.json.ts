import type { APIRoute } from 'astro';
import { getDataPackage } from '../../data/open-data.ts';

/** The Frictionless Data Package that describes every open data file, its columns and its licence. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getDataPackage(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
