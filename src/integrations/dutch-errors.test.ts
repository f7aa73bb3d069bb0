import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { dutchStepError, withDutchErrors } from './dutch-errors.ts';

const CONTENT = 'tests/fixtures/site-minimal';

describe('errors of a build step', () => {
  it('name the step and the content file of a page the error names, in Dutch, without a stack trace', () => {
    const caught = new TypeError(
      "Cannot read properties of undefined (reading 'width') in /tmp/oogst-build-x/dist/verhalen/boodschappen-voor-de-straat/index.html",
    );
    const error = dutchStepError('oogst-cards', caught, CONTENT);
    expect(error.message).toContain('De build is gestopt in de stap "deelkaarten"');
    expect(error.message).toContain('FOUT tests/fixtures/site-minimal/stories/boodschappen-voor-de-straat.mdx');
    expect(error.stack).toBe('');
  });

  it('name a content file the error names, and say when the cause is not the content', () => {
    const inContent = dutchStepError('oogst:pagefind', new Error(`ENOENT: ${path.resolve(CONTENT, 'themes/wonen.md')}`), CONTENT);
    expect(inContent.message).toContain('FOUT tests/fixtures/site-minimal/themes/wonen.md');
    const elsewhere = dutchStepError('oogst-archive', new Error('EACCES: permission denied'), CONTENT);
    expect(elsewhere.message).toContain('dit ligt waarschijnlijk niet aan de inhoud');
  });

  it('wraps every hook and lets messages already written for editors through unchanged', async () => {
    const editorMessage = Object.assign(new Error('De inhoud bevat een fout'), { stack: '' });
    const integration: AstroIntegration = {
      name: 'oogst-cards',
      hooks: {
        'astro:build:start': () => {
          throw new RangeError('Invalid array length');
        },
        'astro:build:done': () => {
          throw editorMessage;
        },
      },
    };
    const wrapped = withDutchErrors(integration, () => CONTENT);
    const start = wrapped.hooks['astro:build:start'] as () => Promise<void>;
    const done = wrapped.hooks['astro:build:done'] as () => Promise<void>;
    await expect(start()).rejects.toThrow(/De build is gestopt in de stap "deelkaarten":\nInvalid array length/);
    await expect(done()).rejects.toBe(editorMessage);
  });
});
