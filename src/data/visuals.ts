import type { CollectionEntry } from 'astro:content';
import type { VisualInput } from '../charts/types.ts';
import { ContentError } from '../messages/content-problems.ts';
import { RenderFault } from '../messages/render-errors.ts';
import { buildContext } from 'virtual:oogst/build-context';
import { entryFileIn } from '../collections/entry-file.ts';
import { followUpVisuals } from './followups.ts';
import { getHarvest, type Harvest } from './harvest.ts';
import { resolveVisualData } from './resolve-visual.ts';

/** A visual with its data checked against its spec (see resolveVisualData); rejects with a ContentError. */
export async function resolveVisual(entry: CollectionEntry<'visuals'>, harvest: Harvest): Promise<VisualInput> {
  return resolveVisualData(entry, harvest);
}

let loading: Promise<VisualInput[]> | undefined;

/** Every visual with its data, in slug order, then the charts computed from the follow-ups; resolved once per build. */
export function getVisuals(): Promise<VisualInput[]> {
  loading ??= getHarvest().then(async (harvest) => {
    const fromContent = await Promise.all(harvest.visuals.map((entry) => resolveVisual(entry, harvest)));
    const computed = followUpVisuals(harvest);
    const taken = computed.filter((visual) => fromContent.some((other) => other.slug === visual.slug));
    if (taken.length > 0) {
      throw new ContentError(
        taken.map((visual) => ({
          file: `content/visuals/${visual.slug}.yaml`,
          field: '(bestandsnaam)',
          message: `de naam "${visual.slug}" is voor de grafiek van de opvolging: geef dit bestand een andere naam`,
        })),
      );
    }
    return [...fromContent, ...computed];
  });
  return loading;
}

/** One visual by slug; a missing slug is an editor's error (e.g. a wrong id in <Visual id="…" />). */
export async function getVisual(slug: string): Promise<VisualInput> {
  const visuals = await getVisuals();
  const visual = visuals.find((v) => v.slug === slug);
  if (!visual) {
    throw new ContentError([
      {
        file: 'content/visuals/',
        field: 'id',
        message: `er is geen grafiek "${slug}"; bestaande grafieken: ${visuals.map((v) => v.slug).join(', ')}`,
      },
    ]);
  }
  return visual;
}

/**
 * Draws a visual for a page; when the chart code cannot draw it, the build stops naming the chart's
 * spec (content/visuals/<slug>.yaml), the cause, not the story or chapter that shows it.
 */
export function drawVisual<T>(visual: VisualInput, draw: (visual: VisualInput) => T): T {
  try {
    return draw(visual);
  } catch (caught) {
    const file = entryFileIn(buildContext.contentDir, 'visuals', visual.slug);
    if (!file) throw caught;
    throw new RenderFault({
      file,
      line: 1,
      field: '(grafiek)',
      message: `de grafiek "${visual.slug}" kon niet worden getekend`,
      fix: 'controleer het type, de encoding en de cijfers van de grafiek en draai npm run check; blijft de fout, geef deze melding aan de beheerder van de site',
    });
  }
}
