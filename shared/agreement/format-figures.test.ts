import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatPercent } from './format-figures';

describe('agreement figures as people read them', () => {
  it.each([
    ['id', 83.3333, '83,3', 0.61234, '0,612'],
    ['en', 83.3333, '83.3', 0.61234, '0.612'],
    ['id', 100, '100,0', -1, '-1,000'],
    ['en', 0, '0.0', -0.0001, '0.000'],
  ] as const)('%s: %d%% and %d', (locale, percent, percentText, kappa, kappaText) => {
    expect(formatPercent(locale, percent)).toBe(percentText);
    expect(formatCoefficient(locale, kappa)).toBe(kappaText);
  });

  it('writes a missing figure as a dash', () => {
    expect(formatPercent('id', null)).toBe('–');
    expect(formatCoefficient('en', null)).toBe('–');
  });
});
