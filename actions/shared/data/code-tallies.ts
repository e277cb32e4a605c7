/**
 * How many rows hold each code of a categorical column, and how many are
 * missing (code -1), in one pass. Four rows at a time into four tables summed
 * at the end: with one table each increment would wait for the one before
 * whenever consecutive rows hold the same code, as they mostly do with few levels.
 */
export function tallyCodes(codes: Int32Array, levels: number): { counts: Float64Array; missing: number } {
  // Entry code + 1 of each lane: entry 0 counts the missing rows.
  const width = levels + 1;
  const lanes = new Int32Array(4 * width);
  const whole = codes.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    lanes[codes[i]! + 1]!++;
    lanes[width + codes[i + 1]! + 1]!++;
    lanes[2 * width + codes[i + 2]! + 1]!++;
    lanes[3 * width + codes[i + 3]! + 1]!++;
  }
  for (let i = whole; i < codes.length; i++) lanes[codes[i]! + 1]!++;
  const sum = (k: number): number => lanes[k]! + lanes[width + k]! + lanes[2 * width + k]! + lanes[3 * width + k]!;
  const counts = new Float64Array(levels);
  for (let code = 0; code < levels; code++) counts[code] = sum(code + 1);
  return { counts, missing: sum(0) };
}
