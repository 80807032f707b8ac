// Synthetic BSNs for the bench's generated files: the 99 test range, valid by the elfproef, distinct from a
// starting offset (each section takes its own offset, far from the demo seed's and from each other's).

/** `count` distinct elfproef-valid BSNs starting at offset `start` (0–999,999) in the 99 range. */
export function testBsns(count, start) {
  const out = [];
  for (let k = start; out.length < count; k++) {
    const digits = [
      9,
      9,
      ...String(k % 1_000_000)
        .padStart(6, '0')
        .split('')
        .map(Number),
    ];
    const last = digits.reduce((acc, d, i) => acc + d * (9 - i), 0) % 11;
    if (last <= 9) out.push([...digits, last].join(''));
  }
  return out;
}
