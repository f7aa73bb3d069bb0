import { absoluteUrl, ROUTES } from '../../data/routes.ts';

/** What security.txt (RFC 9116) needs from the site settings. */
export interface SecurityTxtInput {
  /** Public base URL without trailing slash. */
  baseUrl: string;
  /** Address security problems go to. */
  email: string;
  /** The build date; Expires is one year later. */
  buildDate: Date;
}

/** One year after `date`, at the same UTC time (29 February becomes 1 March). */
export function addOneYear(date: Date): Date {
  const next = new Date(date.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** The text of /.well-known/security.txt; Expires comes from the build date, so it is reproducible. */
export function renderSecurityTxt({ baseUrl, email, buildDate }: SecurityTxtInput): string {
  const expires = addOneYear(buildDate);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: mailto:${email}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${absoluteUrl(baseUrl, ROUTES.securityTxt)}`,
    '',
  ].join('\n');
}
