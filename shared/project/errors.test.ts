import { describe, expect, it } from 'vitest';
import { LOCALES, translate } from '../i18n';
import { ACTION_RULES } from '../actions/rules';
import { DOMAIN_ERROR_CODES, DomainError } from './errors';

describe('what a student reads', () => {
  it.each(DOMAIN_ERROR_CODES)('a refused action (%s) is explained in both languages', (code) => {
    const error = new DomainError(code, 'detail for the log');
    for (const locale of LOCALES) {
      const sentence = translate(locale, error.messageKey);
      expect(sentence).not.toBe(error.messageKey);
      expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
    }
    expect(translate('id', error.messageKey)).not.toBe(translate('en', error.messageKey));
  });

  it('every action label reads as the end of "Urungkan …" / "Undo …"', () => {
    for (const kind of Object.keys(ACTION_RULES)) {
      for (const locale of LOCALES) expect(translate(locale, `commands:${kind}`)).toMatch(/^\p{Ll}/u);
    }
    expect(translate('id', 'commands:applyCode')).toBe('terapkan kode');
    expect(Object.keys(ACTION_RULES)).not.toContain('refused.cycle');
  });
});
