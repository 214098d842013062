import { formatIndicatorValue } from './format-indicator';
import type { IndicatorKindName } from './format-indicator';

/**
 * A numerator in its own unit: hours of an average, yuan of an amount, records of a rate
 * or a count.
 */
export const formatNumerator = (kind: IndicatorKindName, value: number) =>
  formatIndicatorValue(kind === 'RATE' ? 'COUNT' : kind, value);

/** A denominator, always a number of records (none for counts and amounts). */
export const formatDenominator = (value: number | null) => formatIndicatorValue('COUNT', value);
