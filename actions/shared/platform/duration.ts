const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;

/**
 * Parses `10m`, `1h30m`, `45s`, `500ms` (Go-style units, as kubectl and
 * GitHub's timeouts read them) or a bare number of seconds into milliseconds.
 * Returns undefined for anything else so the caller can name the input.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  if (!WHOLE.test(value)) return undefined;
  let total = 0;
  for (const match of value.matchAll(PART)) total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
  return Number.isFinite(total) ? total : undefined;
}
