import { escapeHtml } from './html-escape.js';

/**
 * Overlaid bar charts of two distributions (reference vs current) as inline
 * SVG: a histogram over shared bin edges, or bars per category. No scripts,
 * fonts or styles from the network.
 */
export interface BarSeries {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
}

export interface BarChartOptions {
  readonly title: string;
  /** Bin edges (one more than values) for a histogram, or labels (as many as values) for categories. */
  readonly edges?: readonly number[];
  readonly labels?: readonly string[];
  readonly width?: number;
  readonly height?: number;
}

const MARGIN = { left: 48, right: 12, top: 26, bottom: 46 };

function fmt(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(3)));
}

export function svgBars(series: readonly BarSeries[], options: BarChartOptions): string {
  const width = options.width ?? 420;
  const height = options.height ?? 220;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const maxY = Math.max(1e-12, ...series.flatMap((s) => s.values.filter(Number.isFinite)));
  const slot = count > 0 ? plotW / count : plotW;
  const y = (v: number) => MARGIN.top + plotH - (v / maxY) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.title)}">`,
  );
  parts.push(`<title>${escapeHtml(options.title)}</title>`);
  parts.push(
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="12" font-family="sans-serif">${escapeHtml(options.title)}</text>`,
  );
  // Overlaid, semi-transparent bars: where they overlap the colours mix.
  series.forEach((s) => {
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v) || v <= 0) return;
      const top = y(v);
      parts.push(
        `<rect x="${(MARGIN.left + i * slot + 0.5).toFixed(2)}" y="${top.toFixed(2)}" width="${Math.max(slot - 1, 0.5).toFixed(2)}" height="${(MARGIN.top + plotH - top).toFixed(2)}" fill="${s.color}" fill-opacity="0.5"><title>${escapeHtml(`${s.name}: ${fmt(v)}`)}</title></rect>`,
      );
    });
  });
  const axisY = MARGIN.top + plotH;
  parts.push(`<line x1="${MARGIN.left}" y1="${axisY}" x2="${MARGIN.left + plotW}" y2="${axisY}" stroke="#333"/>`);
  parts.push(`<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${axisY}" stroke="#333"/>`);
  parts.push(
    `<text x="${MARGIN.left - 4}" y="${MARGIN.top + 4}" text-anchor="end" font-size="10" font-family="sans-serif">${fmt(maxY)}</text>`,
  );
  parts.push(
    `<text x="${MARGIN.left - 4}" y="${axisY}" text-anchor="end" font-size="10" font-family="sans-serif">0</text>`,
  );
  if (options.edges && options.edges.length > 1) {
    const first = options.edges[0]!;
    const last = options.edges[options.edges.length - 1]!;
    parts.push(
      `<text x="${MARGIN.left}" y="${axisY + 14}" font-size="10" font-family="sans-serif">${fmt(first)}</text>`,
    );
    parts.push(
      `<text x="${MARGIN.left + plotW}" y="${axisY + 14}" text-anchor="end" font-size="10" font-family="sans-serif">${fmt(last)}</text>`,
    );
  } else if (options.labels) {
    options.labels.forEach((label, i) => {
      const x = MARGIN.left + (i + 0.5) * slot;
      const text = label.length > 12 ? `${label.slice(0, 11)}…` : label;
      parts.push(
        `<text x="${x.toFixed(2)}" y="${axisY + 12}" text-anchor="end" font-size="9" font-family="sans-serif" transform="rotate(-35 ${x.toFixed(2)} ${axisY + 12})">${escapeHtml(text)}</text>`,
      );
    });
  }
  series.forEach((s, i) => {
    const x = MARGIN.left + 8 + i * 110;
    parts.push(`<rect x="${x}" y="${height - 12}" width="10" height="10" fill="${s.color}" fill-opacity="0.5"/>`);
    parts.push(
      `<text x="${x + 14}" y="${height - 3}" font-size="10" font-family="sans-serif">${escapeHtml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
