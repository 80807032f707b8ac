// The codec against the standard: every official example is read, validated and round-tripped;
// every message we can produce validates against its XSD; hostile input is refused with a clear
// ValidationError (never an unexpected crash).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.js';
import { buildIjwXml, guardIjwXml, parseIjwTree, produceIjwMessage, readIjwMessage } from './codec.js';
import * as s from './samples.js';
import { producedSamples } from './samples.js';
import { IJW_MESSAGE_CODES } from './schema-model.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('iJw codec: the official examples', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml'));
  it('has the twelve examples', () => expect(files).toHaveLength(12));

  it.each(files)('%s is read, validated and round-trips through the builder', async (file) => {
    const xml = fixture(file);
    const message = await readIjwMessage(xml);
    expect(message.code).toBe(file.replace('.xml', ''));
    const rebuilt = await produceIjwMessage(message.code, message.content as never);
    expect(parseIjwTree(message.code, rebuilt)).toEqual(message.content);
  });
});

describe('iJw codec: every message we produce validates against its XSD', () => {
  const samples = producedSamples();
  it.each(IJW_MESSAGE_CODES.map((c) => [c]))('%s', async (code) => {
    const xml = await produceIjwMessage(code, samples[code] as never);
    const back = await readIjwMessage(xml, { expect: [code] });
    expect(back.code).toBe(code);
  });

  it('refuses to produce a message its XSD rejects (a 10-digit BSN)', async () => {
    const bad = s.sampleJw301();
    bad.Client.Bsn = '1234567890';
    await expect(produceIjwMessage('JW301', bad)).rejects.toThrow(/Bsn/);
  });

  it('escapes text: a comment with < & > stays text', async () => {
    const p = s.sampleProduct({ comment: 'a < b & c > d' });
    const xml = await produceIjwMessage('JW301', s.sampleJw301([p]));
    const back = parseIjwTree('JW301', xml);
    expect(back.Client.ToegewezenProducten.ToegewezenProduct[0]?.Commentaar).toBe('a < b & c > d');
  });
});

describe('iJw codec: hostile and wrong input is refused with a clear 400', () => {
  const code = async (xml: string, opts?: Parameters<typeof readIjwMessage>[1]) => {
    try {
      await readIjwMessage(xml, opts);
      return 'accepted';
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).code;
    }
  };
  const valid = fixture('JW305.xml');

  it('refuses entity expansion (billion laughs) before any parsing of entities', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&lol2;</jw305:Bericht>`;
    expect(await code(bomb)).toBe('ijw_doctype_refused');
  });

  it('refuses an external entity (XXE)', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>`;
    expect(await code(xxe)).toBe('ijw_doctype_refused');
  });

  it('refuses malformed XML', async () => {
    expect(await code(valid.slice(0, valid.length - 20))).toBe('ijw_xml_malformed');
    expect(await code('not xml at all')).toBe('ijw_xml_malformed');
  });

  it('refuses a wrong namespace (iJw 3.1 or iWmo)', async () => {
    expect(await code(valid.replaceAll('ijw/3_2/jw305', 'ijw/3_1/jw305'))).toBe('ijw_unknown_message');
    expect(await code(valid.replaceAll('ijw/3_2/jw305', 'iwmo/3_2/wmo305'))).toBe('ijw_unknown_message');
  });

  it('refuses an oversized message', async () => {
    expect(await code(valid, { maxBytes: 1000 })).toBe('ijw_too_large');
  });

  it('refuses a message that is not welcome on this route', async () => {
    expect(await code(valid, { expect: ['JW323'] })).toBe('ijw_unexpected_message');
  });

  it('refuses a message that breaks its XSD, with libxml2 naming the element', async () => {
    const bad = valid.replace('<jw305:Bsn>', '<jw305:Bsn>1');
    await expect(readIjwMessage(bad)).rejects.toMatchObject({
      code: 'ijw_schema_invalid',
      message: expect.stringMatching(/Bsn/) as unknown,
    });
  });

  it('property: any corruption of a valid message is either still valid or a ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 8 }),
        async (at, cut, insert) => {
          const mutated = valid.slice(0, at) + insert + valid.slice(at + cut);
          try {
            guardIjwXml(mutated);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('builds elements in the XSD order whatever the order of the input object', () => {
    const p = s.sampleJw301();
    const { ToegewezenProducten, ...rest } = p.Client;
    const reordered = { ToegewezenProducten, ...rest };
    const a = buildIjwXml('JW301', p);
    const b = buildIjwXml('JW301', { ...p, Client: reordered });
    expect(b).toBe(a);
  });
});
