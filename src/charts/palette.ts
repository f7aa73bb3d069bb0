/**
 * Chart colours. Series colours follow the Okabe–Ito idea (hues that stay apart for the
 * common kinds of colour blindness), darkened or lightened until each has at least 3:1
 * contrast with the background (WCAG 1.4.11) and white or dark text on them 4.5:1.
 * Patterns and direct labels carry the same information, so colour is never the only cue.
 */
export interface Palette {
  background: string;
  text: string;
  /** Secondary text: ticks, notes. Still 4.5:1 on the background. */
  textSoft: string;
  /** Axis lines, tile borders, hollow dots: 3:1 on the background. */
  axis: string;
  /** Grid lines: deliberately faint, they are a reading aid, not information. */
  grid: string;
  /** Text on a series colour. */
  onFill: string;
  /** Series colours, in order. */
  series: string[];
  /** Colour of bars that are not highlighted. */
  muted: string;
  /** Sequential scale for the tile map, light to dark, with the text colour for each step. */
  sequential: { fill: string; text: string }[];
}

const SEQUENTIAL = [
  { fill: '#e3eef8', text: '#1a1a1a' },
  { fill: '#a9cce6', text: '#1a1a1a' },
  { fill: '#5b9fd0', text: '#1a1a1a' },
  { fill: '#2f6fa8', text: '#ffffff' },
  { fill: '#163f6b', text: '#ffffff' },
];

/** The palette on a light background; also used for every downloaded SVG and PNG. */
export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1a1a1a',
  textSoft: '#4a545c',
  axis: '#5b6670',
  grid: '#d5dadf',
  onFill: '#ffffff',
  series: ['#0a5fa3', '#b84a00', '#00795a', '#a3457a', '#8c6a00', '#5b6670'],
  muted: '#7a848c',
  sequential: SEQUENTIAL,
};

/** The palette on a dark background (#1e2226 or darker). */
export const DARK_PALETTE: Palette = {
  background: '#1e2226',
  text: '#eef0f2',
  textSoft: '#b9c1c8',
  axis: '#a6b0b8',
  grid: '#3a4148',
  onFill: '#111418',
  series: ['#5aa9e6', '#f28c4a', '#3cc59a', '#e58bc0', '#e0b43a', '#a6b0b8'],
  muted: '#7d8790',
  sequential: SEQUENTIAL,
};

/** Number of distinct series colours; more series reuse colours but differ in pattern and label. */
export const SERIES_COUNT = LIGHT_PALETTE.series.length;

type Token =
  'background' | 'text' | 'textSoft' | 'axis' | 'grid' | 'onFill' | 'muted' | `series${number}` | `seq${number}` | `seqText${number}`;

/** The CSS custom property that carries a token in the page: --oc-text, --oc-series0 … */
const cssVar = (token: Token) => `--oc-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function tokenValue(palette: Palette, token: Token): string {
  const series = /^series(\d+)$/.exec(token);
  if (series) return palette.series[Number(series[1])] ?? palette.muted;
  const seq = /^seq(Text)?(\d+)$/.exec(token);
  if (seq) {
    const step = palette.sequential[Number(seq[2])] ?? palette.sequential[0]!;
    return seq[1] ? step.text : step.fill;
  }
  return palette[token as keyof Omit<Palette, 'series' | 'sequential'>];
}

/** Every style rule of a chart, with colours as tokens. One list feeds the page CSS and the standalone SVG. */
function rules(): [string, string, Token?][] {
  const list: [string, string, Token?][] = [
    ['.oc text', 'fill', 'text'],
    ['.oc .oc-soft', 'fill', 'textSoft'],
    ['.oc .oc-on', 'fill', 'onFill'],
    ['.oc-grid', 'stroke', 'grid'],
    ['.oc-axis', 'stroke', 'axis'],
    ['.oc-sep', 'stroke', 'background'],
    ['.oc-pat', 'stroke', 'background'],
    ['.oc-pat-dot', 'fill', 'background'],
    ['.oc-muted', 'fill', 'muted'],
    ['.oc-stroke.oc-muted', 'stroke', 'muted'],
    ['.oc-empty', 'stroke', 'axis'],
    ['.oc-tile', 'stroke', 'axis'],
    ['.oc-leader', 'stroke', 'axis'],
  ];
  LIGHT_PALETTE.series.forEach((_, i) => {
    list.push([`.oc-s${i}`, 'fill', `series${i}`], [`.oc-stroke.oc-s${i}`, 'stroke', `series${i}`]);
  });
  LIGHT_PALETTE.sequential.forEach((_, i) => {
    list.push([`.oc-seq${i}`, 'fill', `seq${i}`], [`.oc .oc-on-seq${i}`, 'fill', `seqText${i}`]);
  });
  return list;
}

/** Rules without colour: shapes and type. */
const STRUCTURE = [
  '.oc{font-family:"Source Sans 3","Segoe UI",system-ui,sans-serif}',
  '.oc text{font-weight:400}',
  '.oc .oc-bold{font-weight:700}',
  '.oc .oc-stroke{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}',
  '.oc-grid,.oc-axis,.oc-leader{stroke-width:1}',
  '.oc .oc-empty{fill:none;stroke-width:1.5}',
  '.oc-sep{stroke-width:1.5}',
  '.oc-pat{stroke-width:2}',
  '.oc-tile{stroke-width:1}',
  '.oc-area{opacity:.22}',
];

/**
 * The chart style sheet. With a palette, colours are written out (for standalone SVG, which
 * resvg renders without CSS variables); without, they are `var(--oc-…)` so the page can
 * switch palettes for dark mode and print.
 */
export function chartStyleSheet(palette?: Palette): string {
  const colour = (token: Token) => (palette ? tokenValue(palette, token) : `var(${cssVar(token)})`);
  const coloured = rules().map(([selector, property, token]) => `${selector}{${property}:${colour(token!)}}`);
  return [...STRUCTURE, ...coloured].join('\n');
}

/** The custom properties that define a palette, for the page CSS. */
export function paletteProperties(palette: Palette): string {
  const tokens: Token[] = ['background', 'text', 'textSoft', 'axis', 'grid', 'onFill', 'muted'];
  palette.series.forEach((_, i) => tokens.push(`series${i}`));
  palette.sequential.forEach((_, i) => tokens.push(`seq${i}`, `seqText${i}`));
  return tokens.map((token) => `${cssVar(token)}:${tokenValue(palette, token)};`).join('');
}
