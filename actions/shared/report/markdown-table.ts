/** Escapes a cell for a GitHub-flavoured Markdown table: pipes and newlines would break the row. */
export function markdownCell(value: unknown): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; `align` per column ('l' or 'r', default 'l'). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly unknown[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}
