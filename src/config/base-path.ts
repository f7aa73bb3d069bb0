/** The path a site lives under, without a slash at the end: "" at a domain's root, "/dialoog" for https://example.nl/dialoog/. */
export function basePathOf(baseUrl: string): string {
  const pathname = /^[a-z]+:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl;
  return pathname.replace(/\/+$/, '');
}
