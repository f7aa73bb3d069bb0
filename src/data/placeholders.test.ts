import { describe, expect, it } from 'vitest';
import { findPublisherPlaceholders, isPublisherPlaceholder } from './placeholders.ts';

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
});
