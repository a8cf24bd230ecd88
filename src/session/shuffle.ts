// Deterministic shuffles, so a card's options keep their order within a session and tests
// can predict them. FNV-1a seeds a small xorshift generator.

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h || 1;
}

/** Returns a permutation of 0..n-1 derived from `seed`; never the identity when n > 1. */
export function permutation(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let x = hash(seed);
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // An ordering drill that starts solved teaches nothing: rotate by one instead.
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}
