import { describe, expect, it } from 'vitest';
import { displayProject } from '../../../shared/display/test-support';
import { frameworkOptions } from './framework-options';

describe('framework options', () => {
  it('offers each framework followed by its dimensions that have indicators, in codebook order', () => {
    expect(frameworkOptions(displayProject(), 'en')).toEqual([
      { value: 'pemberdayaan', label: 'Empowerment', root: true },
      { value: 'enabling', label: 'Empowerment › Enabling', root: false },
      { value: 'empowering', label: 'Empowerment › Empowering', root: false },
      { value: 'tingkat', label: 'Level of analysis', root: true },
    ]);
  });
});
