/** A share link: a plain URL, so no third-party script, tracking or cookie is involved. */
export interface ShareLink {
  service: string;
  href: string;
}

/** Plain share URLs for a page: e-mail, WhatsApp, LinkedIn, Facebook and X. */
export function buildShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { service: 'e-mail', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n${url}`)}` },
    { service: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ];
}
