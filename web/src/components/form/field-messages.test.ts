// Field errors in the user's language: the field's own text, else a general text with its label;
// the server's validator English never comes out.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import { GENERAL_KINDS, messageFor, serverIssues, specFor, type FieldSpecs, type Translate } from './field-messages';

function translate(texts: unknown): Translate {
  return (key, options = {}) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts);
    if (typeof found !== 'string') throw new Error(`missing text ${key}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}
const tNl = translate(nl);
const tEn = translate(en);

const SPECS: FieldSpecs = {
  'actions.*.owner': { label: 'Wie doet het', messages: { required: 'Vul in wie deze actie uitvoert.' } },
  'persons.*.bsn': { label: 'BSN' },
  name: { label: 'Naam' },
};

// What zod and the server say for developers; none of it may reach the screen.
const RAW =
  /Too small:|Too big:|expected (string|number|array)|Invalid (input|option|string)|elfproef|not a valid|received|>=|<=|undefined/;

describe('messageFor', () => {
  it("uses the field's own text for its kind", () => {
    const spec = specFor(SPECS, 'actions.2.owner');
    expect(spec?.key).toBe('actions.2.owner');
    expect(messageFor({ path: 'actions.2.owner', kind: 'required' }, spec?.spec, tNl)).toBe(
      'Vul in wie deze actie uitvoert.',
    );
  });

  it('falls back to a general text with the label, in Dutch and English', () => {
    const spec = specFor(SPECS, 'name')?.spec;
    expect(messageFor({ path: 'name', kind: 'required' }, spec, tNl)).toBe('Naam is niet ingevuld. Vul dit veld in.');
    expect(messageFor({ path: 'name', kind: 'required' }, spec, tEn)).toBe('Naam is empty. Fill in this field.');
    expect(messageFor({ path: 'name', kind: 'too_big', limit: 100 }, spec, tNl)).toContain('hoogstens 100');
  });

  it('says what to do about a BSN that fails the elfproef', () => {
    const spec = specFor(SPECS, 'persons.0.bsn')?.spec;
    expect(messageFor({ path: 'persons.0.bsn', kind: 'bsn' }, spec, tNl)).toBe(
      'Dit BSN klopt niet: controleer de 9 cijfers.',
    );
  });

  it('gives an unknown kind or field a general text, never the raw message', () => {
    expect(messageFor({ path: 'x.y', kind: 'some_new_code' }, undefined, tNl)).toBe(
      'Dit veld is niet goed ingevuld. Controleer het.',
    );
    for (const kind of [...GENERAL_KINDS, 'custom', 'other', 'unknown_goal'])
      for (const t of [tNl, tEn]) expect(messageFor({ path: 'a', kind, limit: 3 }, undefined, t)).not.toMatch(RAW);
  });

  it('maps a whole zod failure to texts without a word of the validator', () => {
    const Body = z.object({
      name: z.string().trim().min(1),
      actions: z.array(z.object({ owner: z.string().min(1) })),
    });
    const result = Body.safeParse({ name: '', actions: [{ owner: '' }] });
    expect(result.success).toBe(false);
    const errors = (result.error?.issues ?? []).map((i) => ({
      path: i.path.join('.'),
      message: i.message, // English for developers, e.g. "Too small: expected string to have >=1 characters"
      kind: i.code === 'too_small' ? 'required' : i.code,
    }));
    const texts = serverIssues(errors).map((i) => messageFor(i, specFor(SPECS, i.path)?.spec, tNl));
    expect(texts).toEqual(['Naam is niet ingevuld. Vul dit veld in.', 'Vul in wie deze actie uitvoert.']);
    for (const text of texts) expect(text).not.toMatch(RAW);
  });
});

describe('specFor', () => {
  it('finds the nearest named parent of a deeper path, and nothing for an unknown field', () => {
    expect(specFor(SPECS, 'name.first')?.key).toBe('name');
    expect(specFor(SPECS, 'actions.x.owner')).toBeUndefined();
    expect(specFor(SPECS, 'other')).toBeUndefined();
  });
});
