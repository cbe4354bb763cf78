/**
 * An open-addressing map from a 64-bit key — two 32-bit hashes — to a non-negative integer, in typed
 * arrays (a JS Map with number keys above 2^31 allocates a heap number per key). Grows as needed.
 */
export class PairTable {
  private k1 = new Uint32Array(1 << 12);
  private k2 = new Uint32Array(1 << 12);
  /** Value + 1 (0 = empty slot). */
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** The value stored for (h1, h2), or -1. */
  get(h1: number, h2: number): number {
    const i = this.slot(h1 >>> 0, h2 >>> 0);
    return (this.values[i] as number) - 1;
  }

  /** Stores `value` (≥ 0) for (h1, h2), replacing any earlier one. */
  set(h1: number, h2: number, value: number): void {
    if ((this.size + 1) * 2 > this.k1.length) this.grow();
    const i = this.slot(h1 >>> 0, h2 >>> 0);
    if (this.values[i] === 0) {
      this.k1[i] = h1;
      this.k2[i] = h2;
      this.size++;
    }
    this.values[i] = value + 1;
  }

  private slot(h1: number, h2: number): number {
    const mask = this.k1.length - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.values[i] !== 0 && (this.k1[i] !== h1 || this.k2[i] !== h2)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { k1, k2, values } = this;
    this.k1 = new Uint32Array(k1.length * 2);
    this.k2 = new Uint32Array(k1.length * 2);
    this.values = new Int32Array(k1.length * 2);
    for (let i = 0; i < k1.length; i++) {
      if (values[i] === 0) continue;
      const j = this.slot(k1[i] as number, k2[i] as number);
      this.k1[j] = k1[i] as number;
      this.k2[j] = k2[i] as number;
      this.values[j] = values[i] as number;
    }
  }
}
