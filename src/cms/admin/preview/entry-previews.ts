import { parseDate, formatDate } from '../../../charts/format.ts';
import { t } from '../../../i18n/t.ts';
import type { PreviewData } from '../../preview/preview-data-file.ts';
import { themeColourClass } from '../../../styles/colour-css.ts';
import {
  articleClass,
  backLink,
  exampleNote,
  fieldOf,
  listOf,
  page,
  plainLanguage,
  plainLanguageLink,
  provenance,
  prose,
  quote,
  recordDateOf,
  recordDateText,
  sourceList,
  textOf,
  visualFigure,
  type H,
  type PreviewProps,
} from './kit.ts';
import { loadOtherEntries, themeSections, type OtherEntries } from './theme-lists.ts';

/** An insight as src/pages/inzichten/[slug].astro lays it out. */
export function insightPreview(h: H, data: PreviewData) {
  return (props: PreviewProps) => {
    const visuals = listOf(fieldOf(props, 'visuals'));
    return page(
      h,
      h(
        'article',
        { className: articleClass(props) },
        backLink(h, t('insights.title')),
        h('p', { className: 'oogst-eyebrow' }, t('insights.number', { number: textOf(fieldOf(props, 'number')) })),
        h('h1', null, textOf(fieldOf(props, 'title'))),
        h('p', { className: 'oogst-lead' }, textOf(fieldOf(props, 'summary'))),
        plainLanguageLink(h),
        quote(
          h,
          textOf(fieldOf(props, 'keyQuote', 'text')),
          textOf(fieldOf(props, 'keyQuote', 'attribution')),
          fieldOf(props, 'keyQuote', 'example') === true,
        ),
        prose(h, props, sourceList(h, listOf(fieldOf(props, 'sources')), data)),
        visuals.length > 0
          ? h(
              'section',
              { className: 'oogst-section', 'aria-labelledby': 'insight-visuals' },
              h('h2', { id: 'insight-visuals' }, t('insights.visuals')),
              ...visuals.map((id) => visualFigure(h, id, data)),
            )
          : null,
        plainLanguage(h, textOf(fieldOf(props, 'plainSummary'))),
        provenance(h, data, {
          themes: listOf(fieldOf(props, 'themes')),
          tracks: listOf(fieldOf(props, 'tracks')),
          tables: listOf(fieldOf(props, 'tables')),
        }),
      ),
    );
  };
}

/** A chapter of the final product as src/pages/eindproduct/[slug].astro lays it out. */
export function chapterPreview(h: H, data: PreviewData) {
  return (props: PreviewProps) =>
    page(
      h,
      h(
        'div',
        { className: 'oogst-with-sidebar oogst-with-sidebar--toc-after' },
        h(
          'article',
          { className: 'oogst-article' },
          backLink(h, t('product.title')),
          h('p', { className: 'oogst-eyebrow' }, t('product.chapter', { number: textOf(fieldOf(props, 'order')) })),
          h('h1', null, textOf(fieldOf(props, 'title'))),
          h('p', { className: 'oogst-lead' }, textOf(fieldOf(props, 'summary'))),
          plainLanguageLink(h),
          prose(h, props, sourceList(h, listOf(fieldOf(props, 'sources')), data)),
          plainLanguage(h, textOf(fieldOf(props, 'plainSummary'))),
          provenance(h, data, {
            themes: listOf(fieldOf(props, 'themes')),
            insights: listOf(fieldOf(props, 'insights')),
            tracks: listOf(fieldOf(props, 'tracks')),
            tables: listOf(fieldOf(props, 'tables')),
          }),
        ),
      ),
    );
}

/** The parts of React that Sveltia shares with preview templates. */
export interface ReactHooks {
  useState: <T>(initial: T) => [T, (value: T) => void];
  useEffect: (effect: () => void, deps: unknown[]) => void;
}

/**
 * A theme as src/pages/themas/[slug].astro lays it out: its head, text and sources, and below them
 * the lists drawn from other entries (src/cms/admin/preview/theme-lists.ts), once the CMS has
 * handed those entries over.
 */
export function themePreview(h: H, data: PreviewData, react: ReactHooks) {
  return function ThemePreview(props: PreviewProps) {
    const [entries, setEntries] = react.useState<OtherEntries | undefined>(undefined);
    react.useEffect(() => {
      if (props.getCollection) void loadOtherEntries(props.getCollection).then(setEntries, () => undefined);
    }, []);
    const id = textOf(props.entry.getIn(['slug']));
    return page(
      h,
      h(
        'div',
        // The theme's colour by its file name, once it has one (a new theme gets it when saved).
        { className: ['oogst-theme-head', id && themeColourClass(id)].filter(Boolean).join(' ') },
        backLink(h, t('themes.title')),
        h('h1', null, textOf(fieldOf(props, 'title'))),
        h('p', { className: 'oogst-lead' }, textOf(fieldOf(props, 'summary'))),
      ),
      prose(h, props, sourceList(h, listOf(fieldOf(props, 'sources')), data)),
      ...(entries ? themeSections(h, data, { id, related: listOf(fieldOf(props, 'related')) }, entries) : []),
    );
  };
}

/** What a follow-up answers, as the page's "Waar is dit een antwoord op?" lists it. */
function answers(h: H, data: PreviewData, props: PreviewProps) {
  const names = (field: string, of: Record<string, string>) => listOf(fieldOf(props, field)).map((id) => of[id] ?? id);
  const tables = Object.fromEntries(Object.entries(data.tables).map(([id, table]) => [id, `${id}: ${table.title}`]));
  const groups = [
    { label: t('followUps.answersThemes'), items: names('themes', data.themes) },
    { label: t('followUps.answersInsights'), items: names('insights', data.insights) },
    { label: t('followUps.answersChapters'), items: names('chapters', data.chapters) },
    { label: t('followUps.answersTables'), items: names('tables', tables) },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return h(
    'section',
    { className: 'oogst-provenance', 'aria-labelledby': 'followup-answers' },
    h('h2', { id: 'followup-answers' }, t('followUps.answers')),
    h(
      'dl',
      null,
      ...groups.flatMap((group) => [
        h('dt', null, group.label),
        h('dd', null, h('ul', null, ...group.items.map((item) => h('li', null, h('a', null, item))))),
      ]),
    ),
  );
}

interface Step {
  date?: unknown;
  text?: unknown;
  status?: unknown;
  source?: unknown;
  example?: unknown;
}

/**
 * A follow-up as src/pages/opvolging/[slug].astro lays it out: status from its steps (the latest
 * step that set one, else "onbekend"), dates as exact as the record, each step with its source as
 * the site cites it or the example label.
 */
export function followUpPreview(h: H, data: PreviewData) {
  return (props: PreviewProps) => {
    const example = fieldOf(props, 'example') === true;
    const steps = (Array.isArray(fieldOf(props, 'updates')) ? (fieldOf(props, 'updates') as Step[]) : [])
      .map((step, index) => {
        const source = textOf(step.source);
        // A step without its own date has the date of the document that mentions it ("genoemd op").
        const own = recordDateOf(step.date);
        return { step, index, source, date: own ?? parseDate(data.sources[source]?.date), mentioned: own === undefined };
      })
      .sort((a, b) => (a.date?.date.getTime() ?? 0) - (b.date?.date.getTime() ?? 0) || a.index - b.index);
    const statusId = steps.filter(({ step }) => textOf(step.status)).at(-1)?.step.status ?? 'onbekend';
    const status = data.statuses.find((candidate) => candidate.id === statusId);
    const dateText = (date: ReturnType<typeof parseDate>) => (date ? formatDate(date) : '');
    const responsibleName = textOf(fieldOf(props, 'responsible', 'name'));
    const responsibleSource = data.sources[textOf(fieldOf(props, 'responsible', 'source'))];
    const due = recordDateText(fieldOf(props, 'due'));
    const fact = (label: string, ...value: unknown[]) => h('div', null, h('dt', null, label), h('dd', null, ...value));
    return page(
      h,
      h(
        'article',
        { className: articleClass(props) },
        backLink(h, t('followUps.title')),
        h('p', { className: 'oogst-eyebrow' }, t('followUps.title')),
        h('h1', null, textOf(fieldOf(props, 'title'))),
        example ? exampleNote(h, t('followUps.exampleNote')) : null,
        h('p', { className: 'oogst-lead' }, textOf(fieldOf(props, 'summary'))),
        h(
          'dl',
          { className: 'oogst-facts' },
          fact(
            t('followUps.status'),
            h('a', { className: 'oogst-status' }, status?.label ?? String(statusId)),
            ' ',
            h('span', { className: 'oogst-facts__note' }, status?.description ?? ''),
          ),
          fact(
            t('followUps.responsible'),
            ...(responsibleName
              ? [
                  responsibleName,
                  responsibleSource
                    ? h('span', { className: 'oogst-facts__note' }, `${t('followUps.source')}: `, h('a', null, responsibleSource.citation))
                    : null,
                ]
              : [t('followUps.responsibleUnknown')]),
          ),
          steps.length > 0 ? fact(t('followUps.firstMentioned'), h('time', null, dateText(steps[0]!.date))) : null,
          due ? fact(t('followUps.due'), h('time', null, due)) : null,
          steps.length > 0 ? fact(t('followUps.lastUpdated'), h('time', null, dateText(steps.at(-1)!.date))) : null,
        ),
        prose(h, props),
        h(
          'section',
          { className: 'oogst-section', 'aria-labelledby': 'followup-timeline' },
          h('h2', { id: 'followup-timeline' }, t('followUps.timeline')),
          h(
            'ol',
            { className: 'oogst-timeline' },
            ...steps.map(({ step, source, date, mentioned }, index) => {
              const cited = data.sources[source];
              const stepExample = example || step.example === true;
              const statusLabel = textOf(step.status)
                ? (data.statuses.find((s) => s.id === step.status)?.label ?? textOf(step.status))
                : '';
              return h(
                'li',
                { className: 'oogst-timeline__step', key: index },
                h(
                  'p',
                  { className: 'oogst-timeline__date' },
                  mentioned
                    ? h('span', null, `${t('followUps.mentionedOn')} `, h('time', null, dateText(date)))
                    : h('time', null, dateText(date)),
                  stepExample && cited ? h('strong', { className: 'oogst-example' }, t('followUps.stepExample')) : null,
                  statusLabel ? h('span', { className: 'oogst-status' }, t('followUps.statusChanged', { status: statusLabel })) : null,
                ),
                h('p', null, textOf(step.text)),
                cited
                  ? h('p', { className: 'oogst-timeline__source' }, `${t('followUps.source')}: `, h('a', null, cited.citation))
                  : h(
                      'p',
                      { className: 'oogst-timeline__source' },
                      h('strong', { className: 'oogst-example' }, t('followUps.stepExample')),
                      ' ',
                      t('followUps.sourceExample'),
                    ),
              );
            }),
          ),
        ),
        answers(h, data, props),
      ),
    );
  };
}
