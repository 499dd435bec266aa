import { describe, expect, it } from 'vitest';
import { derivedGuid, guidForId, isGuid, normalizeGuid } from './guid';

describe('GUIDs', () => {
  it.each([
    ['0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01', true],
    ['{0B7C1F0E-2A44-4C1E-9A0F-5D3B8E6F1A01}', true],
    ['kode-1', false],
    ['0b7c1f0e2a444c1e9a0f5d3b8e6f1a01', false],
  ])('isGuid(%s) is %s', (value, expected) => {
    expect(isGuid(value)).toBe(expected);
  });

  it('normalises braces and case for lookups', () => {
    expect(normalizeGuid('{0B7C1F0E-2A44-4C1E-9A0F-5D3B8E6F1A01}')).toBe('0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01');
  });

  it('derives the same version-8 GUID from the same parts, and different ones from different parts', () => {
    const a = derivedGuid('coding', 'segment-1', 'code-1');
    expect(a).toBe(derivedGuid('coding', 'segment-1', 'code-1'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedGuid('coding', 'segment-1', 'code-2')).not.toBe(a);
    expect(derivedGuid('coding', 'segment-1c', 'ode-1')).not.toBe(a);
  });

  it('keeps ids that are GUIDs and derives GUIDs for ids that are not', () => {
    expect(guidForId('0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01')).toBe('0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01');
    expect(isGuid(guidForId('kode-pemasaran'))).toBe(true);
  });

  it('does not collide over 100,000 derived GUIDs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(derivedGuid('coding', `segment-${i}`, 'code'));
    expect(seen.size).toBe(100_000);
  });
});
