import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/core/push-all.js';

describe('pushAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1, 2];
    expect(pushAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
    expect(pushAll(target, new Set([5]))).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes a list that push(...list) cannot (the paths of a 200k-page folder)', () => {
    const paths = Array.from({ length: 500_000 }, (_, i) => `p/${i}.txt`);
    expect(() => ([] as string[]).push(...paths)).toThrow(RangeError);
    const files: string[] = [];
    pushAll(files, paths);
    expect(files.length).toBe(500_000);
    expect(files[499_999]).toBe('p/499999.txt');
  });
});
