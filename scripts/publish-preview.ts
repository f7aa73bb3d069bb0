// Publishes the preview build in dist/ to the publisher's preview host and tells the CMS where it
// is. Run by .github/workflows/redactie.yml and .gitlab-ci.yml after `npm run build:preview`.
//
// Settings (CI variables, see README "Deploy previews"):
//   OOGST_PREVIEW_URL     the preview's address, {nummer} for the request's number:
//                         https://pr-{nummer}.voorbeeld.example.nl
//   OOGST_PREVIEW_DEPLOY  the shell command that uploads dist/ to that address; it gets
//                         PREVIEW_URL and PREVIEW_NUMBER (and the CI's secrets) in its environment
// Without OOGST_PREVIEW_URL it says so and stops without error: the preview stays a download.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { githubStatusRequest, gitlabDotenv, previewUrlOf } from '../src/preview/publish-preview.ts';

const env = process.env;
const template = env.OOGST_PREVIEW_URL ?? '';
const number = env.GITHUB_ACTIONS ? (env.PREVIEW_NUMBER ?? '') : (env.CI_MERGE_REQUEST_IID ?? '');

if (!template) {
  // GitLab reads the job's dotenv report even then: an empty one, so the environment has no address.
  if (!env.GITHUB_ACTIONS) writeFileSync('preview.env', '');
  console.log('Geen OOGST_PREVIEW_URL ingesteld: de voorbeeldsite is alleen als download van deze CI-run beschikbaar.');
  process.exit(0);
}
const previewUrl = previewUrlOf(template, number);

const deploy = env.OOGST_PREVIEW_DEPLOY ?? '';
if (!deploy) {
  console.error('OOGST_PREVIEW_URL is ingesteld, maar OOGST_PREVIEW_DEPLOY (de opdracht die dist/ uploadt) niet.');
  process.exit(1);
}
const result = spawnSync('sh', ['-c', deploy], { stdio: 'inherit', env: { ...env, PREVIEW_URL: previewUrl, PREVIEW_NUMBER: number } });
if (result.status !== 0) {
  console.error(`Het uploaden van de voorbeeldsite is mislukt (OOGST_PREVIEW_DEPLOY gaf ${result.status}).`);
  process.exit(result.status ?? 1);
}

if (env.GITHUB_ACTIONS) {
  // The status on the pull request's last commit, where the CMS looks for it.
  const { url, init } = githubStatusRequest({
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
} else {
  // GitLab makes a deployment with this address (environment:url), which the CMS reads.
  writeFileSync('preview.env', gitlabDotenv(previewUrl));
}
console.log(`Voorbeeldsite: ${previewUrl}`);
