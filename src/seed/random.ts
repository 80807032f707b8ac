// A small seeded PRNG (mulberry32) so the demo region is the same on every machine.
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** A synthetic BSN that passes the elfproef, from the 9-digit range reserved here for test data. */
export function syntheticBsn(rng: SeededRandom): string {
  for (;;) {
    const digits = [9, 9, ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}

export { isValidBsn } from '../platform/bsn.js';
