import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { issuesToProblems } from '../../src/messages/content-problems.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { readFrontMatter } from './front-matter.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/schemas', name);
// Astro passes an image() helper; a string stands in for the imported image here.
const story = storySchema({ image: () => z.string() } as unknown as Parameters<typeof storySchema>[0]);

/** The problems zod reports for a fixture, as editors would read them. */
function problemsOf(schema: z.ZodType, name: string) {
  const result = schema.safeParse(readFrontMatter(fixture(name)));
  return result.success ? [] : issuesToProblems(result.error.issues, name);
}

describe('content schemas', () => {
  it('accepts a complete theme and fills defaults', () => {
    const parsed = themeSchema.parse(readFrontMatter(fixture('valid/theme.md')));
    expect(parsed.colour).toBe('#8b1e3f');
    expect(parsed.related).toEqual(['wonen']);
  });

  it('accepts a complete story and turns its date into a UTC date', () => {
    const parsed = story.parse(readFrontMatter(fixture('valid/story.mdx')));
    expect(parsed.date.toISOString()).toBe('2021-04-12T00:00:00.000Z');
    expect(parsed.draft).toBe(false);
    expect(parsed.example).toBe(true);
  });

  it.each([
    ['invalid/theme-unknown-key.md', themeSchema, '(hele bestand)', /onbekend veld "colour_dark"/],
    ['invalid/theme-bad-colour.md', themeSchema, 'colour', /#RRGGBB/],
    ['invalid/theme-long-headline.md', themeSchema, 'cardHeadline', /maximaal 90 tekens/],
    ['invalid/theme-long-headline.md', themeSchema, 'shortTitle', /maximaal 24 tekens/],
    ['invalid/story-bad-kind.mdx', story, 'kind', /knel, kiem, idee/],
    ['invalid/story-no-alt.mdx', story, 'hero.alt', /alt-tekst is verplicht/],
    ['invalid/story-useless-alt.mdx', story, 'hero.alt', /bestandsnaam/],
    ['invalid/story-bad-date.mdx', story, 'date', /JJJJ-MM-DD/],
    ['invalid/story-bad-track.mdx', story, 'track', /burgers, middenveld, wetenschap, bestuur/],
    ['invalid/story-bad-track.mdx', story, 'region', /noord-holland/],
    ['invalid/story-bad-track.mdx', story, 'themes', /minstens één thema/],
  ])('rejects %s with a message on field %s that says what is allowed', (name, schema, field, message) => {
    const problems = problemsOf(schema as z.ZodType, name);
    const problem = problems.find((p) => p.field === field);
    expect(problem, `no problem on ${field}; got ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect(problem?.file).toBe(name);
  });

  it('repeats the wrong value so the editor can find it', () => {
    const result = story.safeParse(readFrontMatter(fixture('invalid/story-bad-kind.mdx')), { reportInput: true });
    const problems = result.success ? [] : issuesToProblems(result.error.issues, 'x');
    expect(problems.find((p) => p.field === 'kind')?.message).toContain('(gevonden: "kans")');
  });
});
