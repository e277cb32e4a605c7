import type { StatTestName } from './stattests.js';
import { distinctUnionUpTo, type Sample, sampleSize } from './samples.js';

/**
 * Evidently's default test for a column (legacy/calculations/stattests/
 * registry.py::_get_default_stattest), on the non-missing values:
 *
 * - reference rows <= 1000: numeric with > 5 distinct values (both samples
 *   together) → ks; numeric with 3–5 → chisquare, <= 2 → z; categorical with
 *   > 2 → chisquare, else z;
 * - reference rows > 1000: numeric with > 5 distinct values → wasserstein,
 *   otherwise jensenshannon; categorical → jensenshannon.
 */
export function defaultStatTest(reference: Sample, current: Sample): StatTestName {
  const distinct = distinctUnionUpTo(reference, current, 6);
  const numeric = reference.kind === 'numeric';
  if (sampleSize(reference) <= 1000) {
    if (numeric && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (numeric) return distinct <= 5 ? 'jensenshannon' : 'wasserstein';
  return 'jensenshannon';
}
