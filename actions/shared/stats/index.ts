/**
 * Statistics for drift and model checks: pure functions over typed arrays,
 * each matching the scipy function it names (tested against committed
 * reference values made by scipy 1.10, test/reference/drift/).
 */
export { andersonKsamp, type AndersonResult } from './anderson-ksamp.js';
export { energyDistance, wassersteinDistance } from './cdf-distance.js';
export { chi2Sf, chisquare, powerDivergence } from './chisquare.js';
export { cdfCvmInf, cramerVonMises2samp, scaledBesselK } from './cramer-von-mises.js';
export { jensenShannon, klDivergence, psi, relEntr } from './divergence.js';
export { fisherExact } from './fisher-exact.js';
export { histogramCounts, linspace, sturgesEdges } from './histogram.js';
export { kolmogn, kstwoSf, smirnov } from './kolmogorov.js';
export { ks2samp, type KsResult, type TestResult } from './ks-2samp.js';
export { type Alternative, mannWhitneyU } from './mann-whitney.js';
export { gridMoments, type Moments } from './counting-sort.js';
export {
  expandGrid,
  type GridCounts,
  gridCdfDistance,
  gridDistinctUnionUpTo,
  gridHistogramCounts,
  gridQuantile,
  gridQuantiles,
  gridRange,
} from './decimal-grid.js';
export {
  finiteSample,
  type FiniteSample,
  isSorted,
  markSorted,
  sortedFinite,
  sortedFiniteWithMoments,
  sortedMoments,
  sortFloat64,
  type VouchedGrid,
} from './radix-sort.js';
export { mean, sum, variance } from './summation.js';
export { ttestInd } from './t-test.js';
export { proportionsZTest } from './z-test.js';
