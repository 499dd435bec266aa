/** Across codes Pilah reports the plain mean of the per-code figures (agreement.md, §1). */
import type { Figures, MeanFigures } from './types';

export function meanFigures(figures: readonly Figures[]): MeanFigures {
  if (figures.length === 0) return { percentAgreement: null, kappa: null, codes: 0 };
  let percent = 0;
  let kappa = 0;
  for (const f of figures) {
    percent += f.percentAgreement;
    kappa += f.kappa;
  }
  return { percentAgreement: percent / figures.length, kappa: kappa / figures.length, codes: figures.length };
}
