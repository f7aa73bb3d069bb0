/**
 * Publishing a preview build from CI (scripts/publish-preview.ts): the address of the preview of one
 * pull or merge request, or of one branch, and the commit status through which the CMS finds it.
 * Sveltia CMS reads the statuses (GitHub) and deployments (GitLab) of a pull request's last commit
 * and opens the entry's path on the https address of a successful one as "Voorbeeld bekijken".
 * Sveltia has no editorial workflow and reads no statuses on Gitea/Forgejo: there the CMS saves to
 * one branch (site.yaml `cms.branch`), whose preview has a fixed address (`cms.previewUrl`) that
 * the CMS opens as its site; the status shows the address on the branch's pull request.
 */

/** The name of the commit status; "deploy" in it tells Sveltia it is a deploy preview. */
export const PREVIEW_STATUS_CONTEXT = 'deploy/voorbeeldsite';

/** The number of the request in a preview address template: `https://pr-{nummer}.voorbeeld.example.nl`. */
const NUMBER = /\{nummer\}/g;
/** The branch in a preview address template: `https://{tak}.voorbeeld.example.nl`. */
const BRANCH = /\{tak\}/g;

/**
 * The preview's address: the template with the request's number, without a trailing slash. Only
 * https: the CMS opens nothing else as a preview, and a preview is no reason to send editors over http.
 */
export function previewUrlOf(template: string, number: string): string {
  if (!/^\d+$/.test(number)) throw new Error(`het nummer van de pull request is geen getal: "${number}"`);
  return httpsUrl(template, template.trim().replace(NUMBER, number));
}

/**
 * A branch name as one part of a host name: lower case letters, digits and hyphens, at most 63
 * characters (`redactie`, `cms/verhaal-1` → `cms-verhaal-1`), so it fits `{tak}` in any position.
 */
export function branchLabel(branch: string): string {
  const label = branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  if (!label) throw new Error(`de naam van de branch is leeg of heeft geen letters of cijfers: "${branch}"`);
  return label;
}

/** The preview's address of a branch (the Gitea/Forgejo route): the template with `{tak}` for the branch. */
export function branchPreviewUrlOf(template: string, branch: string): string {
  return httpsUrl(template, template.trim().replace(BRANCH, branchLabel(branch)));
}

function httpsUrl(template: string, address: string): string {
  const url = new URL(address);
  if (url.protocol !== 'https:') throw new Error(`het adres van de voorbeeldsite moet met https:// beginnen: ${template}`);
  return url.href.replace(/\/$/, '');
}

/** What the commit status says: success, the preview's name and its address. */
const statusBody = (previewUrl: string) =>
  JSON.stringify({
    state: 'success',
    context: PREVIEW_STATUS_CONTEXT,
    target_url: previewUrl,
    description: 'Voorbeeldsite met concepten',
  });

interface StatusRequestOptions {
  apiUrl: string;
  repository: string;
  sha: string;
  token: string;
  previewUrl: string;
}

/** The commit-status request of one forge: GitHub's route and body, which Gitea and Forgejo copy. */
function statusRequest(options: StatusRequestOptions, headers: Record<string, string>): { url: string; init: RequestInit } {
  return {
    url: `${options.apiUrl.replace(/\/$/, '')}/repos/${options.repository}/statuses/${options.sha}`,
    init: { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: statusBody(options.previewUrl) },
  };
}

/** The REST request that sets the commit status on GitHub. */
export const githubStatusRequest = (options: StatusRequestOptions) =>
  statusRequest(options, { Authorization: `Bearer ${options.token}`, Accept: 'application/vnd.github+json' });

/**
 * The same status on Gitea or Forgejo (`POST /api/v1/repos/{owner}/{repo}/statuses/{sha}`), with
 * Gitea's own form of the token header, which both accept.
 */
export const giteaStatusRequest = (options: StatusRequestOptions) =>
  statusRequest(options, { Authorization: `token ${options.token}`, Accept: 'application/json' });

/** The dotenv line GitLab reads as the environment's address (`environment:url: $PREVIEW_URL`). */
export const gitlabDotenv = (previewUrl: string): string => `PREVIEW_URL=${previewUrl}\n`;
