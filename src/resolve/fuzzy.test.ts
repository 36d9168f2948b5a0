import { describe, expect, test } from 'vitest';
import { jaro, jaroWinkler, levenshtein, makeEditCosts, weightedLevenshtein } from './fuzzy.js';

describe('levenshtein', () => {
  test('classic values', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', 'abc')).toBe(0);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });
});

describe('jaro-winkler', () => {
  test('the values of Winkler (1990)', () => {
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });
  test('bounds', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });
});

describe('weightedLevenshtein', () => {
  const costs = makeEditCosts(4, 1, 1, 0.5);
  test('unit costs reproduce Levenshtein on codes', () => {
    const plain = makeEditCosts(4);
    expect(weightedLevenshtein([0, 1, 2], [0, 2], plain)).toBe(1);
    expect(weightedLevenshtein([0, 1, 2, 3], [3, 2, 1, 0], plain)).toBe(4);
  });
  test('adjacent transposition at its own cost', () => {
    expect(weightedLevenshtein([0, 1, 2], [0, 2, 1], costs)).toBeCloseTo(0.5);
  });
  test('asymmetric insertion and deletion', () => {
    const c = makeEditCosts(3);
    c.del[2] = 0.2; // a symbol of the first string may vanish cheaply
    c.ins[2] = 0.9;
    expect(weightedLevenshtein([0, 2, 1], [0, 1], c)).toBeCloseTo(0.2);
    expect(weightedLevenshtein([0, 1], [0, 2, 1], c)).toBeCloseTo(0.9);
  });
  test('long inputs grow the scratch rows', () => {
    const a = Array.from({ length: 200 }, (_, i) => i % 4);
    expect(weightedLevenshtein(a, a, makeEditCosts(4))).toBe(0);
  });
});
