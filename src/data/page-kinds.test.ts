import { describe, expect, it } from 'vitest';
import { CARD_KIND_FOLDERS } from '../cards/card-folders.ts';
import { cardPageOf, listRoutes, pageKindOf, PAGE_KINDS } from './page-kinds.ts';

const ids = {
  themes: ['wonen'],
  insights: ['i1'],
  stories: ['s1'],
  chapters: ['h1'],
  visuals: ['v1'],
  pages: ['over'],
  followups: ['f1'],
  statuses: ['gepland'],
};

describe('the registry of page kinds', () => {
  it('knows the kind of every path it lists, and lists each under its own kind', () => {
    for (const kind of PAGE_KINDS)
      for (const sitePath of kind.paths(ids))
        expect(pageKindOf(sitePath === '/404.html' ? '/404' : sitePath)?.name, sitePath).toBe(kind.name);
  });

  it('tells entries from lists, filters, pages of a list and the whole product', () => {
    expect(pageKindOf('/verhalen/s1/')?.name).toBe('story');
    expect(pageKindOf('/verhalen/2/')?.name).toBe('stories page');
    expect(pageKindOf('/verhalen/soort/knel/')?.name).toBe('stories filtered');
    expect(pageKindOf('/eindproduct/alles/')?.name).toBe('product whole');
    expect(pageKindOf('/opvolging/status/gepland/')?.name).toBe('follow-up status');
    expect(pageKindOf('/bestaat/niet/echt/')).toBeUndefined();
  });

  it('lists the follow-ups charts only when there are follow-ups', () => {
    expect(listRoutes(ids).has('/cijfers/opvolging-per-status/')).toBe(true);
    expect(listRoutes({ ...ids, followups: [] }).has('/cijfers/opvolging-per-status/')).toBe(false);
  });

  it('names the gallery folder of each card kind after the URLs of its pages', () => {
    expect(CARD_KIND_FOLDERS).toEqual({
      site: 'site',
      theme: 'themas',
      insight: 'inzichten',
      chapter: 'eindproduct',
      visual: 'cijfers',
      story: 'verhalen',
      followup: 'opvolging',
      followupStatus: 'opvolging-status',
    });
  });

  it('knows the page each kind of card is for', () => {
    expect(cardPageOf('site', 'site')).toBe('/');
    expect(cardPageOf('theme', 'wonen')).toBe('/themas/wonen/');
    expect(cardPageOf('story', 's1')).toBe('/verhalen/s1/');
    expect(cardPageOf('followup', 'f1')).toBe('/opvolging/f1/');
    expect(cardPageOf('followupStatus', 'gepland')).toBe('/opvolging/status/gepland/');
  });
});
