/** Default instruments for supporting and inhibiting factors. */
import type { FrameworkDefaults } from './types';
import { item, q } from './types';

export const factorsDefaults: FrameworkDefaults = {
  supporting: {
    questions: [
      q(
        'Menurut Bapak/Ibu, apa saja yang mendukung keberhasilan program ini?',
        'In your view, what helps the programme succeed?',
        ['Mana yang paling menentukan, dan mengapa?', 'Which matters most, and why?'],
      ),
    ],
  },
  inhibiting: {
    questions: [
      q(
        'Kendala apa yang paling dirasakan dalam pelaksanaan program ini?',
        'What problems are felt most in carrying out the programme?',
        ['Bagaimana kendala itu diatasi selama ini?', 'How have they been dealt with so far?'],
      ),
    ],
    documents: [item('Laporan evaluasi atau laporan kinerja yang memuat kendala', 'Evaluation or performance reports that name the problems', 'Sekretariat Dinas', 'Agency secretariat')],
  },
};
