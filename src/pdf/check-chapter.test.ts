import { describe, expect, it } from 'vitest';
import { checkChapterForPdf } from './check-chapter.ts';

describe('the PDF rules in npm run check', () => {
  it('reports a heading that skips a level at its line in the file, with the fix', () => {
    const [problem, ...rest] = checkChapterForPdf('Tekst.\n\n## Goed\n\n#### Te diep\n', 'mdx', 'content/chapters/x.mdx', 12);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/chapters/x.mdx', line: 16 });
    expect(problem?.fix).toContain('###');
  });

  it('lets a clean body through, MDX comments included', () => {
    expect(
      checkChapterForPdf('{/* notitie */}\n\n## Kop\n\n### Sub\n\nTekst met \\{ accolades \\}.', 'mdx', 'content/chapters/x.mdx', 1),
    ).toEqual([]);
  });
});
