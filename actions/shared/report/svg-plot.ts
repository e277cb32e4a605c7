import { escapeHtml } from './html-escape.js';

/**
 * Small inline-SVG plots for self-contained HTML reports: no scripts, no
 * fonts or styles from the network, readable when opened offline.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Series {
  readonly name: string;
  readonly points: readonly Point[];
  readonly color?: string;
  /** Line (default), markers only, or a dashed reference line. */
  readonly style?: 'line' | 'points' | 'dashed';
}

export interface PlotOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width?: number;
  readonly height?: number;
  /** Fixed axis ranges; otherwise taken from the data. */
  readonly xRange?: readonly [number, number];
  readonly yRange?: readonly [number, number];
  /** Corner of the legend, away from where the data usually is (default top-left). */
  readonly legend?: 'top-left' | 'bottom-left' | 'bottom-right';
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const MARGIN = { left: 56, right: 16, top: 28, bottom: 44 };

function fmt(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e4 || abs < 1e-2) return value.toExponential(1);
  return String(Number(value.toPrecision(3)));
}

function range(values: number[], fixed?: readonly [number, number]): [number, number] {
  if (fixed) return [fixed[0], fixed[1]];
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/** A line or scatter plot with axes, five ticks per axis and a legend. */
export function svgPlot(series: readonly Series[], options: PlotOptions): string {
  const width = options.width ?? 420;
  const height = options.height ?? 320;
  const all = series.flatMap((s) => s.points);
  const [x0, x1] = range(
    all.map((p) => p.x),
    options.xRange,
  );
  const [y0, y1] = range(
    all.map((p) => p.y),
    options.yRange,
  );
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + ((x - x0) / (x1 - x0)) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - ((y - y0) / (y1 - y0)) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(options.title)}</text>`,
  );
  parts.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
  );
  for (let i = 0; i <= 4; i += 1) {
    const xv = x0 + ((x1 - x0) * i) / 4;
    const yv = y0 + ((y1 - y0) * i) / 4;
    parts.push(
      `<line x1="${sx(xv)}" y1="${MARGIN.top + plotH}" x2="${sx(xv)}" y2="${MARGIN.top + plotH + 4}" stroke="#999"/>`,
    );
    parts.push(`<text x="${sx(xv)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${fmt(xv)}</text>`);
    parts.push(`<line x1="${MARGIN.left - 4}" y1="${sy(yv)}" x2="${MARGIN.left}" y2="${sy(yv)}" stroke="#999"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${sy(yv) + 4}" text-anchor="end">${fmt(yv)}</text>`);
  }
  parts.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(options.xLabel)}</text>`,
  );
  parts.push(
    `<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(options.yLabel)}</text>`,
  );
  series.forEach((s, index) => {
    const color = s.color ?? PALETTE[index % PALETTE.length];
    const pts = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (s.style === 'points') {
      for (const p of pts)
        parts.push(
          `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="2" fill="${color}" fill-opacity="0.5"/>`,
        );
    } else if (pts.length) {
      const d = pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
      const dash = s.style === 'dashed' ? ' stroke-dasharray="4 3"' : '';
      parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.8"${dash}/>`);
    }
    const corner = options.legend ?? 'top-left';
    const ly =
      corner === 'top-left' ? MARGIN.top + 12 + index * 14 : MARGIN.top + plotH - 8 - (series.length - 1 - index) * 14;
    const lx = corner === 'bottom-right' ? MARGIN.left + plotW - 150 : MARGIN.left + 8;
    parts.push(`<rect x="${lx}" y="${ly - 8}" width="10" height="3" fill="${color}"/>`);
    parts.push(`<text x="${lx + 14}" y="${ly - 4}">${escapeHtml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A matrix of counts as a heat map with the count in each cell (e.g. a confusion matrix). */
export function svgMatrix(
  matrix: readonly (readonly number[])[],
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  options: { title: string; rowTitle: string; columnTitle: string; cell?: number },
): string {
  const cell = options.cell ?? Math.max(28, Math.min(60, Math.floor(360 / Math.max(1, columnLabels.length))));
  const left = 90;
  const top = 56;
  const width = left + cell * columnLabels.length + 16;
  const height = top + cell * rowLabels.length + 36;
  let max = 0;
  for (const row of matrix) for (const v of row) max = Math.max(max, v);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}" font-family="sans-serif" font-size="11">`,
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(options.title)}</text>`,
    `<text x="${left + (cell * columnLabels.length) / 2}" y="32" text-anchor="middle">${escapeHtml(options.columnTitle)}</text>`,
    `<text transform="translate(12 ${top + (cell * rowLabels.length) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(options.rowTitle)}</text>`,
  ];
  columnLabels.forEach((label, j) => {
    parts.push(
      `<text x="${left + j * cell + cell / 2}" y="${top - 6}" text-anchor="middle">${escapeHtml(label)}</text>`,
    );
  });
  rowLabels.forEach((label, i) => {
    parts.push(
      `<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${escapeHtml(label)}</text>`,
    );
    (matrix[i] ?? []).forEach((value, j) => {
      const shade = max ? value / max : 0;
      const fill = `rgb(${Math.round(255 - 200 * shade)},${Math.round(255 - 140 * shade)},255)`;
      const ink = shade > 0.6 ? '#fff' : '#000';
      parts.push(
        `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="${fill}" stroke="#fff"/>`,
      );
      parts.push(
        `<text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" fill="${ink}">${value}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return parts.join('');
}
