import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { resolveBuildSettings } from '../../src/config/build-context.ts';
import { buildCmsConfig } from '../../src/cms/cms-config.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { branchPreviewUrlOf, PREVIEW_STATUS_CONTEXT, previewUrlOf } from '../../src/preview/publish-preview.ts';

const PUBLISH = 'node scripts/publish-preview.ts';
const packageScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs scripts/publish-preview.ts in a fresh folder with this environment. */
function publish(env: Record<string, string>): Promise<{ status: number | null; output: string; cwd: string }> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'oogst-publish-'));
  return new Promise((resolve) => {
    // Only the variables given: no CI variable of the machine running the tests leaks in.
    const child = spawn(process.execPath, [path.resolve('scripts/publish-preview.ts')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output, cwd }));
  });
}

describe('deploy previews: the hosts’ configuration runs the preview build', () => {
  it('has npm run build:preview build the preview with Astro’s preview mode', () => {
    expect(packageScripts['build:preview']).toBe('node scripts/build.ts --preview');
    expect(readFileSync('scripts/build.ts', 'utf8')).toMatch(/'--preview'\) \? \['--mode', PREVIEW_MODE\]/);
    const settings = resolveBuildSettings({ SOURCE_DATE_EPOCH: '0' }, process.cwd(), ['node', 'astro', 'build', '--mode', 'preview']);
    expect(settings.preview).toBe(true);
  });

  it('Netlify: production builds the site, deploy previews and branch deploys build the preview', () => {
    const config = parseToml(readFileSync('netlify.toml', 'utf8')) as {
      build: { command: string; publish: string; environment: Record<string, string> };
      context: Record<string, { command: string }>;
    };
    expect(config.build).toMatchObject({ command: 'npm run build', publish: 'dist', environment: { NODE_VERSION: '24' } });
    expect(config.context['deploy-preview']?.command).toBe('npm run build:preview');
    expect(config.context['branch-deploy']?.command).toBe('npm run build:preview');
    expect(config.context['production']).toBeUndefined();
    // The build context agrees with Netlify's CONTEXT on its own, whatever command a site configured.
    const on = (CONTEXT: string) => resolveBuildSettings({ SOURCE_DATE_EPOCH: '0', NETLIFY: 'true', CONTEXT }, process.cwd(), []).preview;
    expect([on('deploy-preview'), on('branch-deploy'), on('production')]).toEqual([true, true, false]);
  });

  it('Cloudflare Pages: one build command; a branch other than site.yaml’s builds the preview', () => {
    const site = yaml.load(readFileSync('content/site.yaml', 'utf8')) as { cms: { branch: string } };
    const on = (CF_PAGES_BRANCH: string) =>
      resolveBuildSettings({ SOURCE_DATE_EPOCH: '0', CF_PAGES: '1', CF_PAGES_BRANCH }, process.cwd(), ['node', 'astro', 'build']);
    expect(on(site.cms.branch)).toMatchObject({ preview: false });
    expect(on('cms/stories/een-nieuw-verhaal')).toMatchObject({ preview: true, previewSource: 'cloudflare' });
  });

  it('GitHub: every pull request is checked, built as a preview and published with a commit status', () => {
    const workflow = yaml.load(readFileSync('.github/workflows/redactie.yml', 'utf8')) as {
      on: { pull_request: unknown };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
    };
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.permissions).toMatchObject({ contents: 'read', statuses: 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs).toContain('npm run check');
    expect(runs.indexOf('npm run build:preview')).toBeGreaterThan(runs.indexOf('npm run check'));
    expect(runs.indexOf(PUBLISH)).toBeGreaterThan(runs.indexOf('npm run build:preview'));
    expect(runs).not.toContain('npm run build');
    const publishStep = steps.find((step) => step.run === PUBLISH);
    expect(publishStep?.env).toMatchObject({
      OOGST_PREVIEW_URL: '${{ vars.OOGST_PREVIEW_URL }}',
      OOGST_PREVIEW_DEPLOY: '${{ vars.OOGST_PREVIEW_DEPLOY }}',
      PREVIEW_NUMBER: '${{ github.event.pull_request.number }}',
      PREVIEW_SHA: '${{ github.event.pull_request.head.sha }}',
    });
  });

  it('GitLab: every merge request is checked, built as a preview and published as a deployment', () => {
    const ci = yaml.load(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<
      string,
      { rules: { if: string }[]; script: string[]; environment: { name: string; url: string }; artifacts: { reports: { dotenv: string } } }
    >;
    const job = ci['voorbeeldsite'];
    expect(job?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job?.script.slice(1)).toEqual(['npm run check', 'npm run build:preview', PUBLISH]);
    expect(job?.environment.url).toBe('$PREVIEW_URL');
    expect(job?.artifacts.reports.dotenv).toBe('preview.env');
  });

  it('Gitea and Forgejo: every push to a branch other than main is checked, built as a preview and published with a status', () => {
    const text = readFileSync('.gitea/workflows/redactie.yml', 'utf8');
    // Gitea reads .gitea/workflows/, Forgejo .forgejo/workflows/: one file in both places.
    expect(readFileSync('.forgejo/workflows/redactie.yml', 'utf8')).toBe(text);
    const workflow = yaml.load(text) as {
      on: { push: { 'branches-ignore': string[] } };
      jobs: Record<string, { steps: { run?: string; uses?: string; env?: Record<string, string> }[] }>;
    };
    expect(workflow.on.push['branches-ignore']).toEqual(['main']);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs.indexOf('npm run build:preview')).toBeGreaterThan(runs.indexOf('npm run check'));
    expect(runs.indexOf(PUBLISH)).toBeGreaterThan(runs.indexOf('npm run build:preview'));
    expect(runs).not.toContain('npm run build');
    // Gitea and Forgejo do not run version 4 of the artifact action.
    expect(steps.map((step) => step.uses).filter((uses) => uses?.startsWith('actions/upload-artifact'))).toEqual([
      'actions/upload-artifact@v3',
    ]);
    expect(steps.find((step) => step.run === PUBLISH)?.env).toMatchObject({
      OOGST_FORGE: 'gitea',
      OOGST_PREVIEW_URL: '${{ vars.OOGST_PREVIEW_URL }}',
      OOGST_PREVIEW_DEPLOY: '${{ vars.OOGST_PREVIEW_DEPLOY }}',
      PREVIEW_BRANCH: '${{ github.ref_name }}',
      PREVIEW_SHA: '${{ github.sha }}',
    });
  });

  it('Gitea and Forgejo: the CMS opens the branch’s preview as its site; previewUrl only there, https only', () => {
    const site = (cms: Record<string, unknown>) =>
      siteSchema.safeParse({ ...(yaml.load(readFileSync('content/site.yaml', 'utf8')) as Record<string, unknown>), cms });
    const gitea = { backend: 'gitea', repo: 'gemeente/dialoog', branch: 'redactie', previewUrl: 'https://redactie.voorbeeld.gemeente.nl' };
    const parsed = site(gitea);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const config = buildCmsConfig({ site: parsed.data!, contentPath: 'content' });
    expect(config['site_url']).toBe('https://redactie.voorbeeld.gemeente.nl');
    expect(config['publish_mode']).toBeUndefined();
    expect(site({ ...gitea, previewUrl: 'http://redactie.voorbeeld.gemeente.nl' }).error?.issues[0]?.message).toMatch(/https/);
    expect(site({ ...gitea, backend: 'github' }).error?.issues[0]).toMatchObject({ path: ['cms', 'previewUrl'] });
  });
});

describe('publishing a preview from CI', () => {
  it('makes the address from the template and the request’s number, https only', () => {
    expect(previewUrlOf('https://pr-{nummer}.voorbeeld.example.nl/', '12')).toBe('https://pr-12.voorbeeld.example.nl');
    expect(() => previewUrlOf('http://pr-{nummer}.example.nl', '12')).toThrow(/https/);
    expect(() => previewUrlOf('https://pr-{nummer}.example.nl', '12; rm -rf /')).toThrow(/geen getal/);
  });

  it('stays a download, without error, while no preview host is set', async () => {
    const result = await publish({ GITHUB_ACTIONS: 'true', PREVIEW_NUMBER: '7' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Geen OOGST_PREVIEW_URL');
  });

  it('GitHub: runs the upload command, then sets the status the CMS reads on the pull request’s last commit', async () => {
    const requests: { url: string; auth: string; body: Record<string, string> }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        requests.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', body: JSON.parse(body) as Record<string, string> });
        res.writeHead(201).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const result = await publish({
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        GITHUB_REPOSITORY: 'gemeente/dialoog',
        GITHUB_TOKEN: 'geheim',
        OOGST_PREVIEW_URL: 'https://pr-{nummer}.voorbeeld.example.nl',
        OOGST_PREVIEW_DEPLOY: 'echo "$PREVIEW_NUMBER $PREVIEW_URL" > uploaded.txt',
        PREVIEW_NUMBER: '42',
        PREVIEW_SHA: 'abc123',
      });
      expect(result.status, result.output).toBe(0);
      expect(readFileSync(path.join(result.cwd, 'uploaded.txt'), 'utf8')).toBe('42 https://pr-42.voorbeeld.example.nl\n');
      expect(requests).toEqual([
        {
          url: '/repos/gemeente/dialoog/statuses/abc123',
          auth: 'Bearer geheim',
          body: {
            state: 'success',
            context: PREVIEW_STATUS_CONTEXT,
            target_url: 'https://pr-42.voorbeeld.example.nl',
            description: 'Voorbeeldsite met concepten',
          },
        },
      ]);
    } finally {
      server.close();
    }
  });

  it('GitLab: runs the upload command and hands the address to the job’s environment', async () => {
    const result = await publish({
      CI_MERGE_REQUEST_IID: '5',
      OOGST_PREVIEW_URL: 'https://mr-{nummer}.voorbeeld.example.nl',
      OOGST_PREVIEW_DEPLOY: 'test "$PREVIEW_URL" = https://mr-5.voorbeeld.example.nl',
    });
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(result.cwd, 'preview.env'), 'utf8')).toBe('PREVIEW_URL=https://mr-5.voorbeeld.example.nl\n');
  });

  it('makes a branch’s address from the template: the branch as one part of a host name', () => {
    expect(branchPreviewUrlOf('https://{tak}.voorbeeld.example.nl', 'redactie')).toBe('https://redactie.voorbeeld.example.nl');
    expect(branchPreviewUrlOf('https://{tak}.voorbeeld.example.nl/', 'CMS/Verhaal_1')).toBe('https://cms-verhaal-1.voorbeeld.example.nl');
    expect(() => branchPreviewUrlOf('https://{tak}.example.nl', '///')).toThrow(/branch/);
    expect(() => branchPreviewUrlOf('http://{tak}.example.nl', 'redactie')).toThrow(/https/);
  });

  it('Gitea/Forgejo: runs the upload command for the branch, then sets the status through Gitea’s API', async () => {
    const requests: { method: string; url: string; auth: string; body: Record<string, string> }[] = [];
    // A stand-in for Gitea's API: the route /api/v1/repos/{owner}/{repo}/statuses/{sha}, 201 on success.
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          auth: req.headers.authorization ?? '',
          body: JSON.parse(body) as Record<string, string>,
        });
        const known = req.url === '/api/v1/repos/gemeente/dialoog/statuses/def456' && req.headers.authorization === 'token geheim';
        res.writeHead(known ? 201 : 404).end(known ? '{"id":1}' : '{"message":"Not Found"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const result = await publish({
        // What a Gitea or Forgejo runner sets, as GitHub's do, and what the workflow adds.
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
        GITHUB_REPOSITORY: 'gemeente/dialoog',
        GITHUB_TOKEN: 'geheim',
        OOGST_FORGE: 'gitea',
        OOGST_PREVIEW_URL: 'https://{tak}.voorbeeld.example.nl',
        OOGST_PREVIEW_DEPLOY: 'echo "$PREVIEW_BRANCH $PREVIEW_URL" > uploaded.txt',
        PREVIEW_BRANCH: 'redactie',
        PREVIEW_SHA: 'def456',
      });
      expect(result.status, result.output).toBe(0);
      expect(readFileSync(path.join(result.cwd, 'uploaded.txt'), 'utf8')).toBe('redactie https://redactie.voorbeeld.example.nl\n');
      expect(requests).toEqual([
        {
          method: 'POST',
          url: '/api/v1/repos/gemeente/dialoog/statuses/def456',
          auth: 'token geheim',
          body: {
            state: 'success',
            context: PREVIEW_STATUS_CONTEXT,
            target_url: 'https://redactie.voorbeeld.example.nl',
            description: 'Voorbeeldsite met concepten',
          },
        },
      ]);
      // A refused status fails the job, in Dutch.
      const refused = await publish({
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
        GITHUB_REPOSITORY: 'gemeente/dialoog',
        GITHUB_TOKEN: 'verlopen',
        OOGST_FORGE: 'gitea',
        OOGST_PREVIEW_URL: 'https://{tak}.voorbeeld.example.nl',
        OOGST_PREVIEW_DEPLOY: 'true',
        PREVIEW_BRANCH: 'redactie',
        PREVIEW_SHA: 'def456',
      });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain('kon niet op de commit worden gezet: 404');
    } finally {
      server.close();
    }
  });

  it('fails the job when the upload fails, and sets no status', async () => {
    const result = await publish({
      CI_MERGE_REQUEST_IID: '5',
      OOGST_PREVIEW_URL: 'https://mr-{nummer}.voorbeeld.example.nl',
      OOGST_PREVIEW_DEPLOY: 'exit 3',
    });
    expect(result.status).toBe(3);
    expect(result.output).toContain('mislukt');
  });
});
