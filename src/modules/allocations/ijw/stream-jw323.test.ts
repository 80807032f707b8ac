import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.js';
import { buildIjwXml, parseIjwTree } from './codec.js';
import { samplePrestatie, sampleJw323 } from './samples.js';
import { type Jw323StreamItem, streamJw323 } from './stream-jw323.js';

async function collect(input: AsyncIterable<string | Buffer>): Promise<Jw323StreamItem[]> {
  const items: Jw323StreamItem[] = [];
  for await (const item of streamJw323(input)) items.push(item);
  return items;
}

/** Chunks of `size` characters: tags and multi-byte characters split across chunks. */
function chunked(text: string, size: number): Readable {
  const buf = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return Readable.from(parts);
}

describe('streamJw323 — large claim files line by line', () => {
  const example = new URL('./fixtures/JW323.xml', import.meta.url);

  it('reads the example: the head first, then every Prestatie as the whole-message parser sees it', async () => {
    const items = await collect(createReadStream(example));
    const whole = parseIjwTree('JW323', readFileSync(example, 'utf8'));
    expect(items[0]?.kind).toBe('head');
    const lines = items.filter((i) => i.kind === 'line');
    const expected = whole.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
    expect(lines.map((l) => l.prestatie)).toEqual(expected);
    expect(lines[0]).toMatchObject({ client: 0, line: 0, bsn: '999900006' });
  });

  it('gives the same lines whatever the chunk boundaries (also inside é)', async () => {
    const claim = sampleJw323([samplePrestatie({ ref: 'RÉF1' }), samplePrestatie({ ref: 'RÉF2' })]);
    const xml = buildIjwXml('JW323', claim);
    for (const size of [1, 7, 64, 4096]) {
      const lines = (await collect(chunked(xml, size))).filter((i) => i.kind === 'line');
      expect(lines.map((l) => (l.kind === 'line' ? l.prestatie.ProductReferentie.ReferentieNummer : ''))).toEqual([
        'RÉF1',
        'RÉF2',
      ]);
    }
  });

  it('streams 20,000 lines', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => samplePrestatie({ ref: `RN${i}` }));
    const xml = buildIjwXml('JW323', sampleJw323(lines));
    let count = 0;
    for await (const item of streamJw323(chunked(xml, 65_536))) if (item.kind === 'line') count += 1;
    expect(count).toBe(20_000);
  });

  it('refuses a DOCTYPE, a wrong namespace, a missing element and malformed XML', async () => {
    const xml = buildIjwXml('JW323', sampleJw323());
    const refuse = async (text: string) => {
      try {
        await collect(Readable.from([text]));
        return 'accepted';
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).code;
      }
    };
    expect(await refuse(xml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>'))).toBe('ijw_doctype_refused');
    expect(await refuse(xml.replaceAll('ijw/3_2/jw323', 'ijw/3_1/jw323'))).toBe('ijw_unknown_message');
    expect(await refuse(xml.replace('<jw323:Eenheid>04</jw323:Eenheid>', ''))).toBe('ijw_schema_invalid');
    expect(await refuse(xml.slice(0, -30))).toBe('ijw_xml_malformed');
  });
});
