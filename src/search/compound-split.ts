/**
 * Dutch writes compounds as one word ("dialoogtafel"), and Pagefind only matches the
 * start of a word, so a search for "tafel" would miss it. This splitter needs no
 * dictionary: a part counts as a word when the site itself uses it on its own
 * somewhere (the vocabulary), allowing plural forms and the linking "s"/"en"/"e".
 */

/** Shortest part we accept on either side: shorter ones ("ver", "ge") are prefixes. */
const MIN_PART = 4;

/** Letters, or an HTML entity that must stay whole (its letters are no word). */
const TOKEN = /&(?:#\w+|\w+);|\p{L}+/gu;

/**
 * Endings that look like words but are suffixes: without this list "belangrijk" would
 * be split into "belang" + "rijk" and a search for "rijk" (the state) would find it.
 */
const SUFFIX_LIKE = new Set([
  'heid',
  'heden',
  'rijk',
  'rijke',
  'lijk',
  'lijke',
  'lijks',
  'baar',
  'bare',
  'loos',
  'loze',
  'zaam',
  'zame',
  'schap',
  'schappen',
  'achtig',
  'achtige',
  'ling',
  'lingen',
  'ster',
  'sters',
  'tjes',
  'wijs',
  'wijze',
  'waardig',
  'waardige',
  'matig',
  'matige',
  'volle',
  'ingen',
  'isch',
  'ische',
  'erij',
  'erijen',
  'iteit',
  'ering',
]);

/** Linking sounds between the parts of a compound: "gezondheid-s-zorg", "boek-en-kast". */
const LINKS = ['s', 'en', 'e'];
/** Inflections a part may carry when the site only uses another form of it. */
const INFLECTIONS = ['s', 'en', 'e', 'n'];

/** Splits one word into its parts: `["dialoog", "tafels"]`, or `[word]` when it is not a compound. */
export type CompoundSplitter = (word: string) => string[];

/** Every word (lower case) in a text; HTML entities are skipped. */
export function collectWords(text: string): string[] {
  return [...text.matchAll(TOKEN)]
    .map(([token]) => token)
    .filter((token) => !token.startsWith('&'))
    .map((word) => word.toLowerCase());
}

/** Builds a splitter that only splits into parts the vocabulary (the site's own words) knows. */
export function createCompoundSplitter(vocabulary: Iterable<string>): CompoundSplitter {
  const known = new Set(vocabulary);
  const knownForm = (part: string): boolean =>
    known.has(part) ||
    INFLECTIONS.some(
      (ending) =>
        known.has(part + ending) ||
        (part.endsWith(ending) && part.length - ending.length >= MIN_PART && known.has(part.slice(0, -ending.length))),
    );
  const knownHead = (head: string): boolean =>
    knownForm(head) ||
    LINKS.some((link) => head.endsWith(link) && head.length - link.length >= MIN_PART && knownForm(head.slice(0, -link.length)));
  const knownTail = (tail: string): boolean => !SUFFIX_LIKE.has(tail) && knownForm(tail);
  const cache = new Map<string, number[]>();

  /** Offsets where a lower-case word splits; the longest known head wins, then both sides split again. */
  const cuts = (word: string): number[] => {
    const cached = cache.get(word);
    if (cached) return cached;
    let found: number[] = [];
    for (let at = word.length - MIN_PART; at >= MIN_PART; at--) {
      const head = word.slice(0, at);
      const tail = word.slice(at);
      if (knownHead(head) && knownTail(tail)) {
        found = [...cuts(head), at, ...cuts(tail).map((offset) => offset + at)];
        break;
      }
    }
    cache.set(word, found);
    return found;
  };

  return (word) => {
    if (word.length < MIN_PART * 2) return [word];
    const offsets = cuts(word.toLowerCase());
    return [0, ...offsets].map((start, index) => word.slice(start, offsets[index] ?? word.length));
  };
}

/**
 * Marks the parts of compounds in a text with a capital ("dialoogTafel"). Pagefind
 * indexes such a word whole and in parts, so both "dialoogtafel" and "tafel" find it.
 * A capital rather than a hyphen, because results show this text and a capital inside
 * a word can be undone there without doubt (see `unmarkCompounds`); a hyphen cannot.
 */
export function markCompounds(text: string, split: CompoundSplitter): string {
  return text.replace(TOKEN, (token) =>
    token.startsWith('&')
      ? token
      : split(token)
          .map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
          .join(''),
  );
}

/**
 * Undoes `markCompounds` in text shown to readers (a result excerpt). Words that were
 * written with an inner capital to begin with ("WhatsApp") lose it too; that is rare
 * in this content and the price of readable excerpts.
 */
export function unmarkCompounds(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, (_, before: string, capital: string) => before + capital.toLowerCase());
}
