import { describe, expect, it } from 'vitest';
import { findPublisherPlaceholders, isPublisherPlaceholder, knownPublisher } from './placeholders.ts';

describe('publisher placeholders', () => {
  it('finds a marked text and an address on the reserved .invalid domain, by field path', () => {
    const found = findPublisherPlaceholders({
      name: 'Nederland na de crisis',
      contact: { email: 'invullen@uitgever.invalid', phone: 'INVULLEN: telefoonnummer van de uitgever' },
      hashtags: ['watisjouwidee'],
    });
    expect(found.map((p) => p.field)).toEqual(['contact.email', 'contact.phone']);
  });

  it('leaves real values alone', () => {
    expect(isPublisherPlaceholder('info@rijksoverheid.nl')).toBe(false);
    expect(isPublisherPlaceholder('Ministerie van Binnenlandse Zaken')).toBe(false);
    expect(findPublisherPlaceholders({ contact: { email: 'info@example.nl' }, closedOn: new Date() })).toEqual([]);
  });

  it('treats a web address on .invalid as a placeholder, so the default base URL warns', () => {
    expect(isPublisherPlaceholder('https://nederland-na-de-crisis.invalid')).toBe(true);
    expect(isPublisherPlaceholder('https://uitgever.invalid/over/')).toBe(true);
    expect(isPublisherPlaceholder('https://www.example.nl')).toBe(false);
    expect(isPublisherPlaceholder('https://invalid.example.nl')).toBe(false);
  });

  it('never gives a placeholder as the publisher’s name', () => {
    expect(knownPublisher({ organisation: { name: 'INVULLEN: naam van de uitgever', url: 'https://uitgever.invalid' } })).toBeUndefined();
    expect(knownPublisher({ organisation: { name: 'Gemeente Voorbeeldstad', url: 'https://uitgever.invalid' } })).toEqual({
      name: 'Gemeente Voorbeeldstad',
      url: '',
    });
  });
});
