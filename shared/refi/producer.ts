/**
 * Which program wrote a project file, from its `origin` attribute. Producers count offsets
 * and write files differently (GUIDE §6–7); knowing the producer gives the starting guess
 * that scoring then confirms.
 */

/** The producers Pilah knows the habits of; 'other' for anything else. */
export type ProducerId = 'pilah' | 'nvivo-windows' | 'nvivo-mac' | 'atlasti' | 'maxqda' | 'qualcoder' | 'taguette' | 'other';

export interface Producer {
  id: ProducerId;
  /** The `origin` as the file wrote it ("NVivo for Windows 12.6"), or '' when absent. */
  origin: string;
}

const PATTERNS: readonly [RegExp, ProducerId][] = [
  [/^Pilah\b/i, 'pilah'],
  [/NVivo.*\bMac\b/i, 'nvivo-mac'],
  [/NVivo/i, 'nvivo-windows'],
  [/ATLAS\.?ti/i, 'atlasti'],
  [/MAXQDA/i, 'maxqda'],
  [/QualCoder/i, 'qualcoder'],
  [/Taguette/i, 'taguette'],
];

/** The producer named by `origin`; a file with Pilah's extras is Pilah's whatever it says. */
export function detectProducer(origin: string | undefined, hasPilahExtras = false): Producer {
  const text = (origin ?? '').trim();
  if (hasPilahExtras) return { id: 'pilah', origin: text };
  const match = PATTERNS.find(([pattern]) => pattern.test(text));
  return { id: match ? match[1] : 'other', origin: text };
}
