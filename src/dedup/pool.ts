/**
 * Every distinct unit's shingle set in a few large typed arrays instead of one small array per unit
 * (100k small buffers make garbage collection dominate a run). Chunks of a fixed size hold whole
 * sets; a set larger than a chunk gets a chunk of its own.
 */
export const POOL_CHUNK = 1 << 22;

export class ShinglePool {
  private readonly chunks: Uint32Array[] = [];
  private used = 0;
  /** Per set: chunk, offset and length (growable plain arrays; frozen into views by `sets()`). */
  private readonly where: number[] = [];

  /** Copies `set` into the pool; returns its index. */
  add(set: Uint32Array): number {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || this.used + set.length > chunk.length) {
      chunk = new Uint32Array(Math.max(POOL_CHUNK, set.length));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(set, this.used);
    this.where.push(this.chunks.length - 1, this.used, set.length);
    this.used += set.length;
    return this.where.length / 3 - 1;
  }

  get size(): number {
    return this.where.length / 3;
  }

  /** Every set as a view into its chunk, in the order added. */
  sets(): Uint32Array[] {
    const out: Uint32Array[] = [];
    for (let k = 0; k < this.where.length; k += 3) {
      const chunk = this.chunks[this.where[k] as number] as Uint32Array;
      const off = this.where[k + 1] as number;
      out.push(chunk.subarray(off, off + (this.where[k + 2] as number)));
    }
    return out;
  }
}
