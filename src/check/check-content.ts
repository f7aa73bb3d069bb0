import path from 'node:path';
import { altTextProblem, imageFault, imageFaultMessage } from '../content-rules/images.ts';
import { checkUploads, dialoguePeriod, followUpPeriod, followUpSteps, frontMatterLinks } from '../content-rules/index.ts';
import { findCardTextsCutInLayout } from './card-fit.ts';
import { findOverlongCardTexts } from './card-text.ts';
import { shownPath } from '../messages/shown-path.ts';
import { checkReferences } from './content-references.ts';
import { checkContentSvgs, checkDateInPeriod, checkEntryMarkup, findDuplicateIds, type DialoguePeriod } from './content-safety.ts';
import { headingAnchors } from '../markdown/check-markup.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { readContentModel, type ContentModel } from '../model/content-model.ts';
import { resolveBuildSettings, resolveContentBuildDate } from '../config/build-context.ts';
import { openCardFitter } from '../cards/fit-cache.ts';
import { findImages, findLinks, proseParagraphs } from '../model/mdx-body.ts';
import { error, sortProblems, warning, type CheckProblem } from '../model/problems.ts';
import { checkChapterForPdf } from '../pdf/check-chapter.ts';
import { checkPlainSummary, checkReadability, MAX_PLAIN_SENTENCE_WORDS, type ReadabilityFinding } from './readability.ts';
import { explainBrokenAnchor, explainBrokenPath, internalPath, listAnchors, listRoutes, routeIdsOf } from './routes.ts';
import { checkVisualData } from './visual-data.ts';
import { findCsvMarkup } from './csv-markup.ts';
import { findImpossibleDates } from '../loaders/yaml-dates.ts';
import { PLACEHOLDER_MARK } from '../data/placeholders.ts';
import { checkAccessibilityStatement } from './accessibility-statement.ts';
import { checkPublisherPlaceholders } from './publisher-placeholders.ts';
import { ROUTES } from '../data/routes.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';

/** Pages the footer of every page links to. */
const REQUIRED_PAGES = ['over', 'toegankelijkheid', 'privacy'];
/** Link texts that say nothing out of context (WCAG 2.4.4). */
const VAGUE_LINK_TEXT = /^(klik hier|hier|lees meer|meer|link|deze link|verder lezen)$/i;
/** Fields whose text is read as prose, and whether the plain-language limit applies. */
const PROSE_FIELDS: Record<string, boolean> = { summary: false, description: false, plainSummary: true };

/** What the check needs besides the content folder; each defaults to what a build in this folder would use. */
export interface CheckOptions {
  /** public/, whose files content may link to. */
  publicDir?: string | undefined;
  /** The build date (src/config/build-context.ts): a closed dialogue's home card shows another headline. */
  buildDate?: Date | undefined;
  /** Where card layouts are kept between runs (src/cards/fit-cache.ts). */
  cardCacheDir?: string | undefined;
}

/**
 * Everything `npm run check` reports for a content folder: schema errors, broken
 * references, missing images and alt text, dead internal links, card texts that would be
 * cut, and readability warnings. Needs no build; reads the files once.
 */
export function checkContent(contentDir: string, options: CheckOptions = {}, model = readContentModel(contentDir)): CheckProblem[] {
  return checkModel(model, options);
}

/** The check of a content model already read (the build's content gate shares the model with the cards). */
export function checkModel(model: ContentModel, options: CheckOptions = {}): CheckProblem[] {
  const { contentDir, entries, tables, ideas } = model;
  const publicDir = options.publicDir ?? path.resolve('public');
  const buildDate = options.buildDate ?? resolveContentBuildDate(process.env, contentDir).date;
  const problems = [...model.problems];
  const csvFile = (name: string) => shownPath(path.join(contentDir, name));
  problems.push(
    ...checkReferences(entries, tables.rows, ideas.rows, { tables: csvFile('tables.csv'), ideas: csvFile('ideas.csv') }, tables.ids),
  );
  problems.push(...findDuplicateIds(entries), ...checkContentSvgs(contentDir));

  const ids = (collection: string, keep: (entry: LoadedEntry) => boolean = () => true) =>
    entries.filter((e) => e.collection === collection && keep(e)).map((e) => e.id);
  const isDraft = (entry: LoadedEntry) => entry.raw?.['draft'] === true;
  const routes = listRoutes(routeIdsOf(model));
  const draftRoutes = new Set(ids('stories', isDraft).map(ROUTES.story));
  problems.push(...checkUploads(contentDir, entries, routes, shownPath));
  const visuals = new Set(ids('visuals'));
  const site = entries.find((entry) => entry.collection === 'site');
  problems.push(...checkPublisherPlaceholders(entries), ...checkAccessibilityStatement(entries, buildDate));
  const baseUrl = typeof site?.raw?.['baseUrl'] === 'string' ? site.raw['baseUrl'].replace(/\/+$/, '') : undefined;
  const sources = new Map(entries.filter((e) => /\.mdx?$/.test(e.absoluteFile)).map((e) => [e, e.source]));
  const format = (entry: LoadedEntry) => (entry.absoluteFile.endsWith('.mdx') ? 'mdx' : 'md');
  const anchors = listAnchors(
    entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      headings: sources.has(e) ? headingAnchors(sources.get(e)!, format(e)) : [],
    })),
    tables.rows.map((row) => row.data.id),
  );
  const themeEntries = entries.filter((e) => e.collection === 'themes' && e.data);
  const chartSources = {
    tables: tables.rows.map((row) => row.data),
    ideas: ideas.rows.map((row) => row.data),
    themeOrder: themeEntries
      .sort((a, b) => Number(a.data?.['order']) - Number(b.data?.['order']) || a.id.localeCompare(b.id))
      .map((e) => e.id),
  };
  const period: DialoguePeriod = dialoguePeriod(site?.data?.['openedOn'] as Date | undefined, site?.data?.['closedOn'] as Date | undefined);
  problems.push(...findCsvMarkup(csvFile('tables.csv'), tables.rows), ...findCsvMarkup(csvFile('ideas.csv'), ideas.rows));
  for (const { line, data } of tables.rows)
    problems.push(...checkDateInPeriod(data.date, period, { file: csvFile('tables.csv'), line, field: 'date' }));

  for (const page of REQUIRED_PAGES.filter((id) => !ids('pages').includes(id))) {
    problems.push(
      error({
        file: shownPath(path.join(contentDir, 'pages')),
        field: '(bestand)',
        message: `de pagina ${page}.mdx ontbreekt; elke pagina linkt ernaar in de voettekst`,
        fix: `maak pages/${page}.mdx aan (npm run new kan dat niet; kopieer een bestaande pagina)`,
      }),
    );
  }

  for (const entry of entries) {
    const at = (findings: ReadabilityFinding[]) =>
      findings.map((f) =>
        warning({ file: entry.file, line: f.line, field: 'tekst', message: f.message, fix: f.fix, advice: 'leesbaarheid' }),
      );
    const fieldLine = (field: string) => (findFieldLine(entry.yamlText, field.split('.')) ?? 1) + entry.lineOffset;

    const bodyLinks = findLinks(entry.body, entry.bodyLine, format(entry));
    for (const link of [...bodyLinks, ...frontMatterLinks(entry)]) {
      const target = internalPath(link.href, baseUrl);
      if (target !== undefined && draftRoutes.has(target)) {
        problems.push(error({ file: entry.file, line: link.line, field: 'link', ...UPLOAD_TEXT.linkToDraft(link.href) }));
      } else if (target !== undefined) {
        const fragment = /#(.+)$/.exec(link.href)?.[1];
        const broken =
          explainBrokenPath(target, routes, publicDir) ??
          (fragment ? explainBrokenAnchor(target, decodeURIComponent(fragment), anchors) : undefined);
        if (broken) problems.push(error({ file: entry.file, line: link.line, field: 'link', ...broken }));
      } else if (bodyLinks.includes(link) && isRelativeLink(link.href)) {
        // Front matter fields with an address are typed by their schema (a site's shortUrl is a name, not a link).
        problems.push(error({ file: entry.file, line: link.line, field: 'link', ...UPLOAD_TEXT.relativeLink(link.href) }));
      }
      if (VAGUE_LINK_TEXT.test(link.text.trim())) {
        problems.push(
          warning({
            file: entry.file,
            line: link.line,
            field: 'link',
            message: `de linktekst "${link.text}" zegt niet waar de link heen gaat`,
            fix: 'beschrijf het doel, bijvoorbeeld "lees het hoofdstuk over wonen"',
          }),
        );
      }
    }
    for (const image of findImages(entry.body, entry.bodyLine, format(entry))) {
      const field = `afbeelding ${image.src}`;
      const alt = altTextProblem(image.alt);
      if (alt) {
        const fix =
          image.alt === undefined || image.alt.trim() === ''
            ? image.tag === 'markdown'
              ? 'schrijf tussen de [ ] wat er te zien is: ![Twee buren met boodschappen](./images/straat.svg)'
              : 'voeg alt="…" toe met een beschrijving van wat er te zien is'
            : 'beschrijf in een zin wat er te zien is en waarom het ertoe doet';
        problems.push(error({ file: entry.file, line: image.line, field, message: alt, fix }));
      }
      // Only Markdown images are resized and published; an HTML <img> beside the text would point at nothing.
      if (image.tag === 'img' && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(image.src))
        problems.push(error({ file: entry.file, line: image.line, field, ...UPLOAD_TEXT.htmlImageBesideText(image.src, image.alt) }));
      const fault = imageFault(image.src, { entryFile: entry.absoluteFile, contentDir, publicDir });
      if (fault) problems.push(error({ file: entry.file, line: image.line, field, ...imageFaultMessage(fault, image.src, true) }));
    }
    if (sources.has(entry)) problems.push(...checkEntryMarkup(entry, sources.get(entry)!, visuals));
    // The PDF's own rules (headings in order, alt text), once the file is otherwise clean.
    if (entry.collection === 'chapters' && !problems.some((problem) => problem.file === entry.file))
      problems.push(...checkChapterForPdf(entry.body, format(entry), entry.file, entry.bodyLine).map((problem) => error(problem)));
    if (entry.collection === 'stories' && entry.data?.['date'] instanceof Date)
      problems.push(...checkDateInPeriod(entry.data['date'], period, { file: entry.file, line: fieldLine('date'), field: 'date' }));
    for (const step of followUpSteps(entry))
      problems.push(...checkDateInPeriod(step.date, followUpPeriod(period), { file: entry.file, line: step.line, field: 'updates.date' }));

    const paragraphs = proseParagraphs(entry.body, entry.bodyLine);
    problems.push(...at(checkReadability(paragraphs)));
    for (const [field, plain] of Object.entries(PROSE_FIELDS)) {
      const value = entry.raw?.[field];
      if (typeof value !== 'string') continue;
      const limit = plain ? MAX_PLAIN_SENTENCE_WORDS : undefined;
      problems.push(
        ...checkReadability([{ line: fieldLine(field), text: value }], limit).map((f) =>
          warning({ file: entry.file, line: f.line, field, message: f.message, fix: f.fix, advice: 'leesbaarheid' }),
        ),
      );
    }
    if ((entry.collection === 'insights' || entry.collection === 'chapters') && typeof entry.raw?.['plainSummary'] === 'string') {
      const body = paragraphs.map((p) => p.text).join(' ');
      problems.push(
        ...checkPlainSummary(entry.raw['plainSummary'], body, fieldLine('plainSummary')).map((f) =>
          warning({ file: entry.file, line: f.line, field: 'plainSummary', message: f.message, fix: f.fix, advice: 'leesbaarheid' }),
        ),
      );
    }

    for (const cut of entry.raw ? findOverlongCardTexts(entry.collection, entry.raw) : []) {
      // The schema's own length error on this field says less than this one: replace it.
      const duplicate = (p: CheckProblem) =>
        p.file === entry.file && p.field === cut.field && p.severity === 'error' && p.rule === 'too_big';
      problems.splice(0, problems.length, ...problems.filter((p) => !duplicate(p)));
      problems.push(
        error({
          file: entry.file,
          line: fieldLine(cut.field),
          field: cut.field,
          message: `${cut.length} tekens; de deelkaart toont er hoogstens ${cut.max}, de rest wordt afgekapt`,
          fix: `maak de tekst ${cut.length - cut.max} tekens korter`,
        }),
      );
    }
    if (entry.collection === 'visuals') problems.push(...checkVisualData(entry, chartSources));
    for (const date of findImpossibleDates(entry.yamlText)) {
      problems.push(
        error({
          file: entry.file,
          line: entry.lineOffset + date.line,
          field: date.field,
          message: `${date.value} bestaat niet op de kalender; zonder correctie wordt het een andere dag`,
          fix: 'schrijf een bestaande datum als JJJJ-MM-DD',
        }),
      );
    }
    if (isDraft(entry)) {
      problems.push(
        warning({
          file: entry.file,
          line: fieldLine('draft'),
          field: 'draft',
          message:
            'dit is een concept: het staat in de voorbeeldsite (npm run dev, npm run build:preview, de voorbeeldsite van een wijziging) maar nooit op de gepubliceerde site',
          fix: 'zet draft: false als het klaar is',
        }),
      );
    }
    const placeholders = [
      ...entry.yamlText.split('\n').map((text, index) => ({ text, line: entry.lineOffset + index + 1 })),
      ...entry.body.split('\n').map((text, index) => ({ text, line: entry.bodyLine + index })),
    ].filter(({ text }) => text.includes(PLACEHOLDER_MARK));
    if (placeholders.length > 0) {
      problems.push(
        warning({
          file: entry.file,
          line: placeholders[0]!.line,
          field: '(bestand)',
          message: `bevat nog ${placeholders.length} ${placeholders.length === 1 ? 'tekst' : 'teksten'} van npm run new (regel ${placeholders.map((p) => p.line).join(', ')})`,
          fix: `vervang elke tekst die met "${PLACEHOLDER_MARK}" begint`,
        }),
      );
    }
  }
  const cardCacheDir = options.cardCacheDir ?? resolveBuildSettings().cardCacheDir;
  const measure = () => findCardTextsCutInLayout(model, buildDate, openCardFitter(path.resolve('.'), cardCacheDir));
  problems.push(...cardLayoutProblems(measure, problems));
  return sortProblems(onlyFormatProblem(problems));
}

/**
 * A link with no scheme that does not start at the site's root ("verhalen/x/", "\\javascript:…",
 * "%6A%61vascript:…"): not unsafe, but it leads from wherever it stands to a page that does not
 * exist. Anchors on the same page ("#kop") and addresses without scheme ("//example.nl") are fine.
 */
function isRelativeLink(href: string): boolean {
  const target = href.trim();
  return !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(target);
}

/** A file that is not the text its name says (UTF-16, Windows-1252, a spreadsheet) gets that one message, not one per line read wrongly. */
function onlyFormatProblem(problems: CheckProblem[]): CheckProblem[] {
  const unreadable = new Set(problems.filter((problem) => problem.rule === 'file-format').map((problem) => problem.file));
  return problems.filter((problem) => !unreadable.has(problem.file) || problem.rule === 'file-format');
}

/** Texts within their schema limit that the card templates still cut off; skipped where a length error already says it. */
function cardLayoutProblems(measure: () => CheckProblem[], found: readonly CheckProblem[]): CheckProblem[] {
  try {
    return measure().filter((cut) => !found.some((p) => p.severity === 'error' && p.file === cut.file && p.field === cut.field));
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    return [
      warning({
        file: 'src/cards',
        field: '(deelkaarten)',
        message: `de deelkaarten konden niet worden opgemeten (${reason}); alleen de maximale lengtes zijn gecontroleerd`,
      }),
    ];
  }
}
