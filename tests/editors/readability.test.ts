import { describe, expect, it } from 'vitest';
import { checkPlainSummary, findLongSentences, findLongWords, splitSentences, words } from '../../src/check/readability.ts';

describe('readability for B1 readers', () => {
  it('splits sentences but not at abbreviations', () => {
    expect(splitSentences('Dit is zin één. Bijv. dit hoort erbij, o.a. dit ook. Klaar!')).toEqual([
      'Dit is zin één.',
      'Bijv. dit hoort erbij, o.a. dit ook.',
      'Klaar!',
    ]);
  });

  it('counts words without web addresses or punctuation', () => {
    expect(words('Kijk op https://www.example.nl of mail info@example.nl — nu!')).toEqual(['Kijk', 'op', 'of', 'mail', 'nu']);
  });

  it('flags a sentence over the limit and names its length', () => {
    const long = `Dit${' woord'.repeat(29)}.`;
    const [finding] = findLongSentences({ line: 7, text: `Korte zin. ${long}` });
    expect(finding).toMatchObject({ line: 7 });
    expect(finding!.message).toContain('zin van 30 woorden');
    expect(findLongSentences({ line: 1, text: 'Dit is kort genoeg.' })).toEqual([]);
  });

  it('flags very long words once, and reads hyphenated words as parts', () => {
    const findings = findLongWords({
      line: 3,
      text: 'Het arbeidsmarktbemiddelingsprogramma en het arbeidsmarktbemiddelingsprogramma. Een corona-herstelplan-uitvoering.',
    });
    expect(findings.map((f) => f.message)).toEqual(['het woord "arbeidsmarktbemiddelingsprogramma" (33 letters) is moeilijk te lezen']);
  });

  it('wants a plain-language summary that exists and is shorter than the text', () => {
    expect(checkPlainSummary(undefined, 'Een tekst.', 4)[0]!.message).toContain('ontbreekt');
    expect(checkPlainSummary('Een samenvatting van vijf woorden.', 'Een tekst van vier.', 4)[0]!.message).toContain('niet korter');
    expect(checkPlainSummary('Kort gezegd.', 'Een veel langere tekst met heel veel woorden erin.', 4)).toEqual([]);
  });
});
