/**
 * Publishing a preview build from CI (scripts/publish-preview.ts): the address of the preview of one
 * pull or merge request, and the commit status through which the CMS finds it. Sveltia CMS reads
 * the statuses (GitHub) and deployments (GitLab) of a pull request's last commit and opens the
 * entry's path on the https address of a successful one as "Voorbeeld bekijken".
 */

/** The name of the commit status; "deploy" in it tells Sveltia it is a deploy preview. */
export const PREVIEW_STATUS_CONTEXT = 'deploy/voorbeeldsite';

/** The number of the request in a preview address template: `https://pr-{nummer}.voorbeeld.example.nl`. */
const NUMBER = /\{nummer\}/g;

/**
 * The preview's address: the template with the request's number, without a trailing slash. Only
 * https: the CMS opens nothing else as a preview, and a preview is no reason to send editors over http.
 */
export function previewUrlOf(template: string, number: string): string {
  if (!/^\d+$/.test(number)) throw new Error(`het nummer van de pull request is geen getal: "${number}"`);
  const url = new URL(template.trim().replace(NUMBER, number));
  if (url.protocol !== 'https:') throw new Error(`het adres van de voorbeeldsite moet met https:// beginnen: ${template}`);
  return url.href.replace(/\/$/, '');
}

/** The REST request that sets the commit status on GitHub (or Gitea/Forgejo, whose API has the same route). */
export function githubStatusRequest(options: { apiUrl: string; repository: string; sha: string; token: string; previewUrl: string }): {
  url: string;
  init: RequestInit;
} {
  return {
    url: `${options.apiUrl.replace(/\/$/, '')}/repos/${options.repository}/statuses/${options.sha}`,
    init: {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/vnd.github+json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        state: 'success',
        context: PREVIEW_STATUS_CONTEXT,
        target_url: options.previewUrl,
        description: 'Voorbeeldsite met concepten',
      }),
    },
  };
}

/** The dotenv line GitLab reads as the environment's address (`environment:url: $PREVIEW_URL`). */
export const gitlabDotenv = (previewUrl: string): string => `PREVIEW_URL=${previewUrl}\n`;
