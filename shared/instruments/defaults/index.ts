/**
 * The default instruments of every built-in framework, and the general questions that open
 * and close every interview guide.
 */
import type { FrameworkId } from '../../model/types';
import { edward3Defaults } from './edward3';
import { empowermentDefaults } from './empowerment';
import { factorsDefaults } from './factors';
import { mouzelisDefaults, woolcockDefaults } from './social-capital';
import type { DefaultQuestion, FrameworkDefaults } from './types';
import { q } from './types';

export type { CodeDefaults, DefaultListed, DefaultQuestion, FrameworkDefaults } from './types';

export const FRAMEWORK_DEFAULTS: Record<FrameworkId, FrameworkDefaults> = {
  empowerment: empowermentDefaults,
  edward3: edward3Defaults,
  woolcock: woolcockDefaults,
  mouzelis: mouzelisDefaults,
  factors: factorsDefaults,
};

/** The closing questions of every interview guide (Penutup), not tied to an indicator. */
export const CLOSING_QUESTIONS: readonly DefaultQuestion[] = [
  q(
    'Apakah ada hal lain yang ingin Bapak/Ibu sampaikan terkait program ini?',
    'Is there anything else you would like to add about the programme?',
    ['Siapa lagi yang menurut Bapak/Ibu perlu peneliti temui?', 'Who else do you think the researcher should talk to?'],
  ),
];
