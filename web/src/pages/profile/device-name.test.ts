import { describe, expect, it } from 'vitest';
import { deviceName } from './device-name';

const on = (browser: string, os: string) => `${browser} op ${os}`;

describe('deviceName', () => {
  it('names browser and system in words', () => {
    expect(
      deviceName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
        on,
      ),
    ).toBe('Chrome op Linux');
    expect(
      deviceName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        on,
      ),
    ).toBe('Safari op iOS');
  });
  it('gives up on what it cannot read', () => {
    expect(deviceName('curl-ish', on)).toBeNull();
  });
});
