/**
 * The site's mark: a sprout in a rounded square, drawn here (no government logo is copied).
 * Returned as a data: URI so satori can place it like an image.
 */
export function markDataUri(fill: string, ink: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="16" fill="${fill}"/>` +
    `<path d="M32 53V31" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>` +
    `<path d="M32 35c0-11 7-18 19-18 0 12-7 18-19 18z" fill="${ink}"/>` +
    `<path d="M32 41c0-9-6-14-16-14 0 10 6 14 16 14z" fill="${ink}"/>` +
    `<path d="M14 53h36" stroke="${ink}" stroke-width="4" stroke-linecap="round"/>` +
    `</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
