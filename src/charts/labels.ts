import { t } from '../i18n/t.ts';
import { KINDS, REGIONS, TRACKS } from '../schemas/shared.ts';

/** Dutch words the charts and the visual pages show, from the site's one dictionary. */
export const CHART_TEXT = {
  dataTable: t('charts.dataTable'),
  downloads: t('charts.downloads'),
  downloadCsv: t('charts.downloadCsv'),
  downloadSvg: t('charts.downloadSvg'),
  downloadPng: t('charts.downloadPng'),
  shareCard: t('charts.shareCard'),
  source: t('charts.source'),
  example: t('site.exampleLabel'),
  exampleNote: t('charts.exampleNote'),
  total: t('charts.total'),
  noData: t('charts.noData'),
  empty: t('charts.empty'),
  national: (n: string) => t('charts.national', { count: n }),
  yes: t('charts.yes'),
  no: t('charts.no'),
  overviewTitle: t('charts.overviewTitle'),
  overviewIntro: t('charts.overviewIntro'),
  visualsOf: t('charts.visualsOf'),
  back: t('charts.back'),
} as const;

/** Display names of the values the site's own data uses (tracks, kinds, regions); a spec's `labels` overrides them. */
export const KNOWN_VALUE_LABELS: Record<string, string> = Object.fromEntries([
  ...TRACKS.map((track) => [track, t(`track.${track}`)]),
  ...KINDS.map((kind) => [kind, t(`kind.${kind}`)]),
  ...REGIONS.map((region) => [region, t(`region.${region}`)]),
]);

/** Headings of the columns of the site's own data; a spec's `columns` overrides them. */
const KNOWN_COLUMNS = [
  'track',
  'region',
  'themes',
  'theme',
  'kind',
  'month',
  'year',
  'table',
  'participants',
  'aantal',
  'example',
  'start',
  'end',
  'label',
  'note',
] as const;
export const KNOWN_COLUMN_LABELS: Record<string, string> = Object.fromEntries(
  KNOWN_COLUMNS.map((column) => [column, t(`charts.column.${column}`)]),
);
