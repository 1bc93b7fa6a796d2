import { describe, expect, it } from 'vitest';
import { nextNavIndex } from '../../../src/ui/roving-focus';

describe('nextNavIndex', () => {
  it.each([
    ['ArrowDown', 0, 5, 1],
    ['ArrowDown', 4, 5, 4],
    ['ArrowUp', 3, 5, 2],
    ['ArrowUp', 0, 5, null],
    ['Home', 3, 5, 0],
    ['End', 0, 5, 4],
    ['PageDown', 2, 30, 12],
    ['PageDown', 25, 30, 29],
    ['PageUp', 5, 30, 0],
    ['Enter', 2, 5, null],
    ['ArrowDown', 0, 0, null],
  ])('%s from %i of %i -> %s', (key, current, count, expected) => {
    expect(nextNavIndex(key, current, count)).toBe(expected);
  });
});
