import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../platform/errors.js';
import { buildIjwXml, parseIjwTree } from './codec.js';
import { samplePrestatie, sampleJw323 } from './samples.js';
import type { Jw323Prestatie } from './types.generated.js';
import { type Jw323StreamItem, streamJw323 } from './stream-jw323.js';

async function collect(
  input: AsyncIterable<string | Buffer>,
  opts: Parameters<typeof streamJw323>[1] = {},
): Promise<Jw323StreamItem[]> {
  const items: Jw323StreamItem[] = [];
  for await (const item of streamJw323(input, opts)) items.push(item);
  return items;
}

/** Three clients (the middle one with 40 lines) in small batches: cuts between clients and inside one. */
function threeClients(middle: (i: number) => Jw323Prestatie = (i) => samplePrestatie({ ref: `M${i}` })) {
  const claim = sampleJw323();
  const one = (bsn: string, lines: Jw323Prestatie[]) => ({ Bsn: bsn, Prestaties: { Prestatie: lines } });
  claim.Declaratie.Clienten.Client = [
    one('999900006', [samplePrestatie({ ref: 'A1' })]),
    one(
      '999900018',
      Array.from({ length: 40 }, (_, i) => middle(i)),
    ),
    one('999900031', [samplePrestatie({ ref: 'C1' }), samplePrestatie({ ref: 'C2' })]),
  ];
  return buildIjwXml('JW323', claim);
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

  it('validates a large file against the XSD in batches cut from its own text, whatever the cut', async () => {
    const xml = threeClients();
    const kept: string[] = [];
    for (const batchChars of [8_000, 1_000_000]) {
      const lines = (await collect(chunked(xml, 97), { batchChars })).filter((i) => i.kind === 'line');
      expect(lines).toHaveLength(43);
      expect(lines.map((l) => (l.kind === 'line' ? `${l.client}/${l.bsn}` : ''))).toContain('1/999900018');
    }
    await collect(Readable.from([xml]), { onText: async (t) => void kept.push(t) });
    expect(kept.join('')).toBe(xml); // the original, for the message archive
  });

  it('refuses a value only the XSD knows to be wrong, in any batch, before handing out its lines', async () => {
    // ProductCategorie '4' breaks its pattern (two digits): the stream's own shaping does not check values.
    const xml = threeClients((i) => ({
      ...samplePrestatie({ ref: `M${i}` }),
      ...(i === 33 ? { ProductCategorie: '4' } : {}),
    }));
    const seen: string[] = [];
    const run = async () => {
      for await (const item of streamJw323(Readable.from([xml]), { batchChars: 8_000 }))
        if (item.kind === 'line') seen.push(item.prestatie.ProductReferentie.ReferentieNummer);
    };
    await expect(run()).rejects.toMatchObject({ code: 'ijw_schema_invalid' });
    expect(seen).not.toContain('M33');
    // Something after the clients is in the last batch, with the file's real ending.
    const tail = threeClients().replace('</jw323:Clienten>', '</jw323:Clienten><jw323:Clienten/>');
    await expect(collect(Readable.from([tail]), { batchChars: 8_000 })).rejects.toMatchObject({
      code: 'ijw_schema_invalid',
    });
  });
});
