/** Fleiss's colour bands for kappa, as agreement tables commonly name them. */
import type { KappaBand } from './types';

/** Below 0.40 poor, 0.40–0.75 fair to good, above 0.75 excellent. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa > 0.75) return 'excellent';
  if (kappa >= 0.4) return 'fair';
  return 'poor';
}
