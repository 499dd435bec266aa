import { describe, expect, it } from 'vitest';
import app from './app';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('app strings', () => {
  it.each(Object.keys(app.id) as (keyof typeof app.id)[])('%s has the same placeholders in Indonesian and English', (key) => {
    expect(placeholders(app.en[key])).toEqual(placeholders(app.id[key]));
  });
});
