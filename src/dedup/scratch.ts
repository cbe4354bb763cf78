/**
 * Reusable typed buffers. Allocating a fresh typed array per unit (and per paragraph) makes V8 track
 * hundreds of thousands of small external buffers, and garbage collection then dominates a 100k-unit
 * run; one growing buffer per purpose avoids that. A view handed out is valid until the next call.
 */
export class Scratch {
  private u16 = new Uint16Array(1024);
  private u32 = new Uint32Array(1024);

  units(n: number): Uint16Array {
    if (this.u16.length < n) this.u16 = new Uint16Array(Math.max(n, this.u16.length * 2));
    return this.u16.subarray(0, n);
  }

  hashes(n: number): Uint32Array {
    if (this.u32.length < n) this.u32 = new Uint32Array(Math.max(n, this.u32.length * 2));
    return this.u32.subarray(0, n);
  }
}
