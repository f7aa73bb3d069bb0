/**
 * satori draws `overflow: hidden` twice: as a clip path (`satori_cp-…`, nested in the parent's
 * clip path) and as a mask (`satori_om-…`, nested in the parent's mask) on the same element. For a
 * box without rounded corners both cut out the same rectangle, but resvg renders every mask into
 * a layer of its own: about a quarter of its time on a card. This drops the mask where the clip
 * path already cuts the same rectangle, so the pixels stay the same (src/cards/svg-masks.test.ts).
 * Anything else (rounded corners, borders, a satori that writes otherwise) is left alone.
 */
export function dropRedundantMasks(svg: string): string {
  const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
  const box = (rect: Record<string, string>) => `${rect['x']},${rect['y']},${rect['width']},${rect['height']}`;
  const masks = new Map<string, { box: string; parent?: string }>();
  for (const match of svg.matchAll(/<mask id="(satori_om-[\w-]+)">(<rect [^>]*\/>)<\/mask>/g)) {
    const rect = attrs(match[2]!);
    if (rect['fill'] !== '#fff' || Object.keys(rect).some((name) => !['x', 'y', 'width', 'height', 'fill', 'mask'].includes(name)))
      continue;
    const parent = /^url\(#(satori_om-[\w-]+)\)$/.exec(rect['mask'] ?? '')?.[1];
    if (rect['mask'] !== undefined && parent === undefined) continue;
    masks.set(match[1]!, { box: box(rect), ...(parent ? { parent } : {}) });
  }
  const clips = new Map<string, { box: string; parent?: string }>();
  for (const match of svg.matchAll(
    /<clipPath id="(satori_cp-[\w-]+)"((?: clip-path="url\(#satori_cp-[\w-]+\)")?)>(<rect [^>]*\/>)<\/clipPath>/g,
  )) {
    const rect = attrs(match[3]!);
    if (Object.keys(rect).some((name) => !['x', 'y', 'width', 'height'].includes(name))) continue;
    const parent = /url\(#(satori_cp-[\w-]+)\)/.exec(match[2]!)?.[1];
    clips.set(match[1]!, { box: box(rect), ...(parent ? { parent } : {}) });
  }
  const known = new Map<string, boolean>();
  // The mask and the clip path cut the same area when their rectangles match, and their parents do too.
  const same = (id: string): boolean => {
    if (known.has(id)) return known.get(id)!;
    const mask = masks.get(`satori_om-${id}`);
    const clip = clips.get(`satori_cp-${id}`);
    let result = mask !== undefined && clip !== undefined && mask.box === clip.box;
    if (result && (mask!.parent !== undefined || clip!.parent !== undefined)) {
      const maskParent = mask!.parent?.replace(/^satori_om-/, '');
      result = maskParent !== undefined && clip!.parent === `satori_cp-${maskParent}` && same(maskParent);
    }
    known.set(id, result);
    return result;
  };
  return svg.replace(
    / mask="url\(#satori_om-([\w-]+)\)"( clip-path="url\(#satori_cp-([\w-]+)\)")/g,
    (whole, maskId: string, clipPath: string, clipId: string) => (maskId === clipId && same(maskId) ? clipPath : whole),
  );
}
