import { labelEvery, niceMax, ticks, truncate } from '../scale';

describe('chart scales', () => {
  it('rounds the axis top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(0.23)).toBe(0.25);
    expect(niceMax(4_100)).toBe(5_000);
    expect(niceMax(100)).toBe(100);
  });

  it('spreads ticks evenly from zero to the top', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
  });

  it('prints every label when they fit, else every nth', () => {
    expect(labelEvery(6, 8)).toBe(1);
    expect(labelEvery(30, 8)).toBe(4);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(truncate('Defective or does not work', 10)).toBe('Defective…');
    expect(truncate('Short', 10)).toBe('Short');
  });
});
