// The error catalogue merges the platform's texts with the modules'; a clash must stop the start.
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './messages.js';

const ok = { nl: 'Gelukt.', en: 'Done.' };

describe('errorCatalogue', () => {
  it('answers from the platform and the modules, with a fallback for unknown codes', () => {
    const catalogue = errorCatalogue([{ name: 'a', errors: { a_done: ok } }, { name: 'b' }]);
    expect(catalogue.messagesFor('a_done', 'x')).toEqual(ok);
    expect(catalogue.messagesFor('forbidden', 'x').en).toBe('You do not have access to this data.');
    expect(catalogue.messagesFor('nobody_knows', 'fallback')).toEqual({
      nl: 'Het verzoek kon niet worden verwerkt.',
      en: 'fallback',
    });
  });

  it('accepts one code from two modules only with the same texts', () => {
    expect(() =>
      errorCatalogue([
        { name: 'a', errors: { same: ok } },
        { name: 'b', errors: { same: { ...ok } } },
      ]),
    ).not.toThrow();
    expect(() =>
      errorCatalogue([
        { name: 'a', errors: { same: ok } },
        { name: 'b', errors: { same: { ...ok, en: 'Finished.' } } },
      ]),
    ).toThrow('Error code "same" has different texts in a and b');
    expect(() => errorCatalogue([{ name: 'a', errors: { forbidden: ok } }])).toThrow('platform and a');
  });
});
