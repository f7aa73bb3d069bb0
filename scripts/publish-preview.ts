// Publishes the preview build in dist/ to the publisher's preview host and tells the CMS where it
// is. Run by .github/workflows/redactie.yml, .gitlab-ci.yml and the Gitea/Forgejo workflows
// (.gitea/workflows/redactie.yml, .forgejo/workflows/redactie.yml) after `npm run build:preview`.
//
// Settings (CI variables, see README "Deploy previews"):
//   OOGST_PREVIEW_URL     the preview's address: {nummer} for the request's number (GitHub,
//                         GitLab): https://pr-{nummer}.voorbeeld.example.nl; {tak} for the branch
//                         (Gitea/Forgejo): https://{tak}.voorbeeld.example.nl
//   OOGST_PREVIEW_DEPLOY  the shell command that uploads dist/ to that address; it gets
//                         PREVIEW_URL and PREVIEW_NUMBER or PREVIEW_BRANCH (and the CI's secrets)
//                         in its environment
// Without OOGST_PREVIEW_URL it says so and stops without error: the preview stays a download.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  branchLabel,
  branchPreviewUrlOf,
  giteaStatusRequest,
  githubStatusRequest,
  gitlabDotenv,
  previewUrlOf,
} from '../src/preview/publish-preview.ts';

const env = process.env;
// Gitea's and Forgejo's runners set GITHUB_ACTIONS too: the workflow names its forge.
const forge = env.OOGST_FORGE === 'gitea' ? 'gitea' : env.GITHUB_ACTIONS ? 'github' : 'gitlab';
const template = env.OOGST_PREVIEW_URL ?? '';

if (!template) {
  // GitLab reads the job's dotenv report even then: an empty one, so the environment has no address.
  if (forge === 'gitlab') writeFileSync('preview.env', '');
  console.log('Geen OOGST_PREVIEW_URL ingesteld: de voorbeeldsite is alleen als download van deze CI-run beschikbaar.');
  process.exit(0);
}

// Gitea/Forgejo: a preview per branch (the CMS saves to one); GitHub and GitLab: per request.
const branch = env.PREVIEW_BRANCH ?? '';
const number = forge === 'github' ? (env.PREVIEW_NUMBER ?? '') : (env.CI_MERGE_REQUEST_IID ?? '');
let previewUrl: string;
try {
  previewUrl = forge === 'gitea' ? branchPreviewUrlOf(template, branch) : previewUrlOf(template, number);
} catch (error) {
  console.error(`De voorbeeldsite kan niet worden geplaatst: ${(error as Error).message}.`);
  process.exit(1);
}

const deploy = env.OOGST_PREVIEW_DEPLOY ?? '';
if (!deploy) {
  console.error('OOGST_PREVIEW_URL is ingesteld, maar OOGST_PREVIEW_DEPLOY (de opdracht die dist/ uploadt) niet.');
  process.exit(1);
}
const key = forge === 'gitea' ? { PREVIEW_BRANCH: branchLabel(branch) } : { PREVIEW_NUMBER: number };
const result = spawnSync('sh', ['-c', deploy], { stdio: 'inherit', env: { ...env, PREVIEW_URL: previewUrl, ...key } });
if (result.status !== 0) {
  console.error(`Het uploaden van de voorbeeldsite is mislukt (OOGST_PREVIEW_DEPLOY gaf ${result.status}).`);
  process.exit(result.status ?? 1);
}

if (forge === 'gitlab') {
  // GitLab makes a deployment with this address (environment:url), which the CMS reads.
  writeFileSync('preview.env', gitlabDotenv(previewUrl));
} else {
  // The status on the last commit: the CMS reads it on GitHub; Gitea and Forgejo show it on the
  // branch's pull request, with the address behind "Details".
  const request = forge === 'gitea' ? giteaStatusRequest : githubStatusRequest;
  const { url, init } = request({
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.PREVIEW_SHA ?? '',
    token: env.GITHUB_TOKEN ?? '',
    previewUrl,
  });
  const response = await fetch(url, init);
  if (!response.ok) {
    console.error(`De status van de voorbeeldsite kon niet op de commit worden gezet: ${response.status} ${await response.text()}`);
    process.exit(1);
  }
}
console.log(`Voorbeeldsite: ${previewUrl}`);
