import { describe, expect, it } from 'vitest';
import { retourContent } from '../messages/retour.js';
import { sampleJw305 } from '../samples.js';
import { RETOUR, TR135, WJ001 } from './retour-rules.js';

describe('WJ001 — return code selection (IV028)', () => {
  it('a class without problems gets 0200; with problems, its codes once each', () => {
    expect(WJ001([])).toEqual(['0200']);
    expect(WJ001(['9326', '9326', '9019'])).toEqual(['9326', '9019']);
  });
  it('a retour mirrors the message: the refused class gets its code, the classes below it 0233', () => {
    const r = retourContent('JW305', {
      received: sampleJw305(),
      id: 'R1',
      date: '2026-01-14',
      problems: new Map([['Client', ['8187']]]),
    });
    if (!r.Client) throw new Error('no client');
    expect(r.Header.RetourCodes?.RetourCode).toEqual(['0200']);
    expect(r.Client.RetourCodes.RetourCode).toEqual(['8187']);
    expect(r.Client.StartProducten.StartProduct[0]?.RetourCodes.RetourCode).toEqual([RETOUR.notAssessed]);
  });
  it('a technically refused message: 0001 in the header, everything else not assessed', () => {
    const r = retourContent('JW305', {
      received: sampleJw305(),
      id: 'R1',
      date: '2026-01-14',
      problems: new Map(),
      technical: true,
    });
    expect(r.Header.RetourCodes?.RetourCode).toEqual(['0001']);
    expect(r.Client?.RetourCodes.RetourCode).toEqual(['0233']);
  });
  it('the retour carries its own identification and message code', () => {
    const r = retourContent('JW305', { received: sampleJw305(), id: 'R77', date: '2026-01-14', problems: new Map() });
    expect(r.Header).toMatchObject({ BerichtCode: '439', IdentificatieRetour: 'R77', DagtekeningRetour: '2026-01-14' });
  });
});

describe('TR135 — the message date may not lie after the system date', () => {
  it('answers 8848 for a date in the future', () => {
    expect(TR135('2026-01-15', '2026-01-14')).toBe('8848');
    expect(TR135('2026-01-14', '2026-01-14')).toBeNull();
  });
});
