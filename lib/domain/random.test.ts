import { describe, it, expect } from "vitest";
import { Rng, hashSeed, weightedPicker } from "./random";

describe("Rng", () => {
  it("is deterministic for a given seed", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 20 }, () => a.uint32());
    const ys = Array.from({ length: 20 }, () => b.uint32());
    expect(xs).toEqual(ys);
    expect(new Rng(43).uint32()).not.toBe(xs[0]);
  });

  it("accepts string seeds through hashSeed", () => {
    expect(new Rng("seed").next()).toBe(new Rng(hashSeed("seed")).next());
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
  });

  it("next() stays in [0, 1) and is roughly uniform", () => {
    const rng = new Rng(1);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10000).toBeGreaterThan(0.48);
    expect(sum / 10000).toBeLessThan(0.52);
  });

  it("int() covers both ends of the range and nothing outside", () => {
    const rng = new Rng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.int(3, 6);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(6);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it("weighted() follows the weights", () => {
    const rng = new Rng(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i++) counts[rng.weighted(["a", "b", "c"] as const, [1, 3, 0])] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / 20000).toBeGreaterThan(0.72);
    expect(counts.b / 20000).toBeLessThan(0.78);
  });

  it("weightedPicker() rejects bad weights", () => {
    expect(() => weightedPicker([], [])).toThrow(RangeError);
    expect(() => weightedPicker(["a"], [0])).toThrow(RangeError);
    expect(() => weightedPicker(["a", "b"], [1])).toThrow(RangeError);
    expect(() => weightedPicker(["a"], [-1])).toThrow(RangeError);
  });

  it("normal() has about the requested mean and deviation", () => {
    const rng = new Rng(5);
    const xs = Array.from({ length: 20000 }, () => rng.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeGreaterThan(9.9);
    expect(mean).toBeLessThan(10.1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it("shuffle() returns a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = new Rng(3).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((x, y) => x - y)).toEqual(input);
  });

  it("fork() gives reproducible independent streams", () => {
    const a = new Rng(9).fork("x");
    const b = new Rng(9).fork("x");
    const c = new Rng(9).fork("y");
    const va = a.uint32();
    expect(b.uint32()).toBe(va);
    expect(c.uint32()).not.toBe(va);
  });

  it("digits() and string() have the requested length and alphabet", () => {
    const rng = new Rng(2);
    expect(rng.digits(12)).toMatch(/^\d{12}$/);
    expect(rng.string(8, "ab")).toMatch(/^[ab]{8}$/);
  });
});
