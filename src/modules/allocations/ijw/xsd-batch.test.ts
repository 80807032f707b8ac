import { describe, expect, it } from 'vitest';
import { buildIjwXml } from './codec.js';
import { sampleClient, sampleJw301, sampleJw305 } from './samples.js';
import { validateAgainstXsd, withBatchedXsdValidation, XsdBatchError } from './xsd.js';

describe('batched XSD validation (bulk work such as the demo seed)', () => {
  it('validates every message of every kind in one run and passes when all are valid', async () => {
    const { validated } = await withBatchedXsdValidation(async () => {
      await validateAgainstXsd('JW301', buildIjwXml('JW301', sampleJw301()));
      await validateAgainstXsd('JW305', buildIjwXml('JW305', sampleJw305()));
    });
    expect(validated).toBe(2);
  });

  it('still refuses the whole unit when one message does not validate', async () => {
    const bad = sampleJw301();
    bad.Client = { ...bad.Client, ...sampleClient('12') };
    const work = withBatchedXsdValidation(async () => {
      await validateAgainstXsd('JW305', buildIjwXml('JW305', sampleJw305()));
      await validateAgainstXsd('JW301', buildIjwXml('JW301', bad));
    });
    await expect(work).rejects.toBeInstanceOf(XsdBatchError);
    await expect(work).rejects.toThrow(/Bsn/);
  });
});
