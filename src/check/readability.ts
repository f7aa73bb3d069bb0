import type { Paragraph } from '../model/mdx-body.ts';

export type { Paragraph };
/**
 * Plain-language checks for B1 readers (taalniveau B1). The limits follow common Dutch
 * guidance for government text: short sentences, few very long words, and a summary in
 * plain language that is shorter than what it summarises. They produce warnings, never errors.
 */

/** A sentence longer than this many words is hard to follow at B1. */
export const MAX_SENTENCE_WORDS = 25;
/** A plain-language summary should be simpler still. */
export const MAX_PLAIN_SENTENCE_WORDS = 18;
/** A word with more letters than this is hard to read (long compounds). */
export const MAX_WORD_LETTERS = 20;

/** A finding about a piece of text, with the line it starts on. */
export interface ReadabilityFinding {
  line: number;
  message: string;
  fix: string;
}

const ABBREVIATIONS = /\b(bijv|bv|o\.a|d\.w\.z|m\.a\.w|enz|etc|ca|nr|dhr|mevr|drs|dr|mr|ir|prof|t\.o\.v|i\.p\.v|z\.s\.m|e\.d)\.$/i;

/** Splits text into sentences; dots in abbreviations and numbers do not end a sentence. */
export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+(?=[A-Z0-9"'‘“(À-Ý])/);
  const sentences: string[] = [];
  for (const part of parts) {
    const previous = sentences.at(-1);
    if (previous !== undefined && ABBREVIATIONS.test(previous)) sentences[sentences.length - 1] = `${previous} ${part}`;
    else if (part) sentences.push(part);
  }
  return sentences;
}

/** The words of a text, without punctuation; web addresses and e-mail addresses are left out. */
export function words(text: string): string[] {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, ' ')
    .split(/[\s/–—]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Sentences with more than `max` words. */
export function findLongSentences(paragraph: Paragraph, max = MAX_SENTENCE_WORDS): ReadabilityFinding[] {
  return splitSentences(paragraph.text)
    .map((sentence) => ({ sentence, count: words(sentence).length }))
    .filter(({ count }) => count > max)
    .map(({ sentence, count }) => ({
      line: paragraph.line,
      message: `zin van ${count} woorden is lang voor lezers op B1-niveau: "${shorten(sentence)}"`,
      fix: `knip de zin op in zinnen van hoogstens ${max} woorden`,
    }));
}

/** Words with more than `max` letters; each word is named once per paragraph. Parts of a hyphenated word count separately. */
export function findLongWords(paragraph: Paragraph, max = MAX_WORD_LETTERS): ReadabilityFinding[] {
  const long = new Set(
    words(paragraph.text)
      .flatMap((word) => word.split('-'))
      .filter((word) => !/\d/.test(word) && [...word].length > max),
  );
  return [...long].map((word) => ({
    line: paragraph.line,
    message: `het woord "${word}" (${[...word].length} letters) is moeilijk te lezen`,
    fix: 'gebruik een korter woord of schrijf het anders, bijvoorbeeld "regels voor huren" in plaats van "huurregelgeving"',
  }));
}

/** A plain-language summary must exist and be shorter than the text it summarises. */
export function checkPlainSummary(plain: string | undefined, fullText: string, line: number): ReadabilityFinding[] {
  if (!plain || plain.trim() === '') {
    return [
      {
        line,
        message: 'de samenvatting in eenvoudige taal ontbreekt',
        fix: 'schrijf in plainSummary in een paar korte zinnen waar het over gaat',
      },
    ];
  }
  const plainCount = words(plain).length;
  const fullCount = words(fullText).length;
  if (fullCount > 0 && plainCount >= fullCount) {
    return [
      {
        line,
        message: `de samenvatting in eenvoudige taal (${plainCount} woorden) is niet korter dan de tekst zelf (${fullCount} woorden)`,
        fix: 'maak de samenvatting korter: alleen de hoofdzaak, in korte zinnen',
      },
    ];
  }
  return [];
}

/** Every readability finding for some paragraphs of prose. */
export function checkReadability(paragraphs: readonly Paragraph[], maxSentenceWords = MAX_SENTENCE_WORDS): ReadabilityFinding[] {
  return paragraphs.flatMap((paragraph) => [...findLongSentences(paragraph, maxSentenceWords), ...findLongWords(paragraph)]);
}
