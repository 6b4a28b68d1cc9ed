// Charts for the benchmarks' reports, as standalone SVG written by hand (no dependencies): line charts with
// shaded bands, vertical markers and dots, CDFs and histograms built on them, stacked into one picture.
// Pure functions from data to text; the benchmarks write the text next to their markdown.

export interface Point {
  x: number;
  y: number;
}

export interface Series {
  name: string;
  points: readonly Point[];
  color?: string;
  dashed?: boolean;
  /** Hold each value until the next point (a staircase) instead of joining points with straight lines. */
  step?: boolean;
  /** Left out of the legend. */
  hidden?: boolean;
}

/** A shaded range of x, over the whole height of the plot (a failover's gap, say). */
export interface Band {
  from: number;
  to: number;
  color?: string;
}

/** A vertical line at x over the whole height of the plot (a failure, say), optionally labelled above it. */
export interface VLine {
  x: number;
  color?: string;
  dashed?: boolean;
  label?: string;
  /** Where the label sits: centred over the line (default), or ending or starting at it (for neighbours). */
  anchor?: 'start' | 'middle' | 'end';
}

/** A horizontal reference line (a quantile, say), labelled at the right end. */
export interface HLine {
  y: number;
  label?: string;
}

export interface Dot {
  x: number;
  y: number;
  color?: string;
  shape?: 'circle' | 'diamond';
}

/** A legend entry for something other than a series. */
export interface LegendItem {
  name: string;
  color: string;
  kind: 'line' | 'band' | 'vline' | 'dot' | 'diamond';
  dashed?: boolean;
}

export interface Axis {
  label: string;
  log?: boolean;
  /** Domain bounds; by default from the data, widened to round tick values. */
  min?: number;
  max?: number;
  /** The range of values to cover instead of the chart's own data (to give several charts one domain). */
  extent?: readonly [number, number];
  format?: (value: number) => string;
}

export interface PlotOptions {
  title: string;
  subtitle?: string;
  x: Axis;
  y: Axis;
  series: readonly Series[];
  bands?: readonly Band[];
  vlines?: readonly VLine[];
  hlines?: readonly HLine[];
  dots?: readonly Dot[];
  legend?: readonly LegendItem[];
  /** Whole chart width and plot-area height, in pixels. */
  width?: number;
  plotHeight?: number;
  /** Longest polyline drawn; longer series are downsampled (largest-triangle-three-buckets). */
  maxPoints?: number;
}

/** A chart: its size and its SVG elements (without the enclosing `<svg>`); `toSvg` makes a document of it. */
export interface Chart {
  width: number;
  height: number;
  body: string;
}

/** Space around the plot area: left for y tick labels and the axis label, top for the title and subtitle. */
export const MARGIN = { left: 72, right: 24, top: 52, bottom: 48 } as const;
export const LEGEND_ROW = 18;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A number as an SVG coordinate: at most one decimal. */
const n = (value: number) => String(Math.round(value * 10) / 10);

/** A short label for a tick value: integers as they are, others with at most three significant digits. */
export function formatNumber(value: number): string {
  if (value === 0 || Object.is(value, -0)) return '0';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(3)));
}

export interface Scale {
  domain: [number, number];
  ticks: number[];
  /** Maps a value to a pixel position in the range (clamped to it). */
  map: (value: number) => number;
}

/** A step of 1, 2, 2.5 or 5 × 10^k near `span / count`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks at round values covering [min, max] and the domain widened to the outer ones (unless fixed). */
export function linearScale(
  min: number,
  max: number,
  range: [number, number],
  fixed: { min?: number; max?: number } = {},
  count = 6,
): Scale {
  if (!(max > min)) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    [min, max] = [min - pad, max + pad];
  }
  const step = niceStep(max - min, count);
  const lo = fixed.min ?? Math.floor(min / step + 1e-9) * step;
  const hi = fixed.max ?? Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  const [r0, r1] = range;
  const map = (value: number) => {
    const v = Math.min(hi, Math.max(lo, value));
    return r0 + ((v - lo) / (hi - lo)) * (r1 - r0);
  };
  return { domain: [lo, hi], ticks, map };
}

const MANTISSAS = [1, 2, 5];

/** 1–2–5 ticks over [min, max] (positive) on a logarithmic scale; the domain widened to the outer ones. */
export function logScale(
  min: number,
  max: number,
  range: [number, number],
  fixed: { min?: number; max?: number } = {},
): Scale {
  min = Math.max(min, Number.MIN_VALUE);
  if (!(max > min)) max = min * 10;
  const below = (v: number) => {
    const power = 10 ** Math.floor(Math.log10(v));
    return (
      [...MANTISSAS]
        .reverse()
        .map((m) => m * power)
        .find((t) => t <= v * (1 + 1e-9)) ?? power
    );
  };
  const above = (v: number) => {
    const power = 10 ** Math.floor(Math.log10(v));
    return [...MANTISSAS, 10].map((m) => m * power).find((t) => t >= v * (1 - 1e-9))!;
  };
  const lo = fixed.min ?? below(min);
  const hi = fixed.max ?? above(max);
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(lo)); power <= Math.ceil(Math.log10(hi)); power++) {
    for (const m of MANTISSAS) {
      const t = Number((m * 10 ** power).toPrecision(12));
      if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) ticks.push(t);
    }
  }
  const [r0, r1] = range;
  const [l0, l1] = [Math.log10(lo), Math.log10(hi)];
  const map = (value: number) => {
    const v = Math.min(hi, Math.max(lo, value));
    return r0 + ((Math.log10(v) - l0) / (l1 - l0)) * (r1 - r0);
  };
  return { domain: [lo, hi], ticks, map };
}

/**
 * At most `max` points that keep the shape of the line (largest-triangle-three-buckets: the first and last
 * points, and from each bucket between them the point making the largest triangle with its neighbours).
 */
export function downsample(points: readonly Point[], max: number): Point[] {
  if (points.length <= max || max < 3) return [...points];
  const out: Point[] = [points[0]];
  const bucket = (points.length - 2) / (max - 2);
  let previous = points[0];
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * bucket) + 1;
    const end = Math.floor((b + 1) * bucket) + 1;
    // The average of the next bucket (or the last point) as the third corner.
    const nextStart = end;
    const nextEnd = Math.min(points.length, Math.floor((b + 2) * bucket) + 1);
    let ax = 0;
    let ay = 0;
    const count = Math.max(1, nextEnd - nextStart);
    for (let i = nextStart; i < nextStart + count && i < points.length; i++) {
      ax += points[i].x;
      ay += points[i].y;
    }
    ax /= count;
    ay /= count;
    let best = points[start];
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i];
      const area = Math.abs((previous.x - ax) * (p.y - previous.y) - (previous.x - p.x) * (ay - previous.y));
      if (area > bestArea) {
        bestArea = area;
        best = p;
      }
    }
    out.push(best);
    previous = best;
  }
  out.push(points[points.length - 1]);
  return out;
}

function color(index: number, given?: string): string {
  return given ?? PALETTE[index % PALETTE.length];
}

function finite(values: number[], log: boolean | undefined): number[] {
  return values.filter((v) => Number.isFinite(v) && (!log || v > 0));
}

/** Smallest and largest of `values` (a loop: spreading a long array into Math.min overflows the stack). */
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

function scaleFor(axis: Axis, values: number[], range: [number, number]): Scale {
  const data = finite(axis.extent ? [...axis.extent] : values, axis.log);
  const [dataMin, dataMax] = extent(data);
  const min = axis.min ?? (data.length ? dataMin : axis.log ? 1 : 0);
  const max = axis.max ?? (data.length ? dataMax : axis.log ? 10 : 1);
  const fixed = { min: axis.min, max: axis.max };
  return axis.log ? logScale(min, max, range, fixed) : linearScale(min, max, range, fixed);
}

function legendSwatch(item: LegendItem, x: number, y: number): string {
  const c = escapeXml(item.color);
  const dash = item.dashed ? ' stroke-dasharray="3 3"' : '';
  switch (item.kind) {
    case 'band':
      return `<rect x="${n(x)}" y="${n(y - 6)}" width="22" height="12" fill="${c}" fill-opacity="0.25"/>`;
    case 'vline':
      return `<line x1="${n(x + 11)}" y1="${n(y - 7)}" x2="${n(x + 11)}" y2="${n(y + 7)}" stroke="${c}" stroke-width="1.5"${dash}/>`;
    case 'dot':
      return `<circle cx="${n(x + 11)}" cy="${n(y)}" r="3.5" fill="${c}"/>`;
    case 'diamond':
      return diamond(x + 11, y, 4.5, c);
    default:
      return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 22)}" y2="${n(y)}" stroke="${c}" stroke-width="2"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
  }
}

function diamond(cx: number, cy: number, r: number, fill: string): string {
  return `<path d="M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z" fill="${escapeXml(fill)}" stroke="#fff" stroke-width="0.8"/>`;
}

/** A line chart: axes with ticks and grid, series as polylines, bands, vertical and horizontal lines, dots. */
export function plot(options: PlotOptions): Chart {
  const width = options.width ?? 900;
  const plotHeight = options.plotHeight ?? 300;
  const maxPoints = options.maxPoints ?? 1500;
  const legendItems: LegendItem[] = [
    ...options.series
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => !s.hidden)
      .map(({ s, i }): LegendItem => ({ name: s.name, color: color(i, s.color), kind: 'line', dashed: s.dashed })),
    ...(options.legend ?? []),
  ];
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = top + plotHeight;
  const height = bottom + MARGIN.bottom + (legendItems.length ? legendItems.length * LEGEND_ROW + 6 : 0);

  const xs = [
    ...options.series.flatMap((s) => s.points.map((p) => p.x)),
    ...(options.bands ?? []).flatMap((b) => [b.from, b.to]),
    ...(options.vlines ?? []).map((v) => v.x),
    ...(options.dots ?? []).map((d) => d.x),
  ];
  const ys = [
    ...options.series.flatMap((s) => s.points.map((p) => p.y)),
    ...(options.hlines ?? []).map((h) => h.y),
    ...(options.dots ?? []).map((d) => d.y),
  ];
  const x = scaleFor(options.x, xs, [left, right]);
  const y = scaleFor(options.y, ys, [bottom, top]);
  const fx = options.x.format ?? formatNumber;
  const fy = options.y.format ?? formatNumber;

  const parts: string[] = [];
  parts.push(`<text x="${left}" y="20" font-size="15" font-weight="bold">${escapeXml(options.title)}</text>`);
  if (options.subtitle) parts.push(`<text x="${left}" y="38" fill="#555">${escapeXml(options.subtitle)}</text>`);
  parts.push(`<rect x="${left}" y="${top}" width="${n(right - left)}" height="${plotHeight}" fill="#fafafa"/>`);
  // Grid and ticks.
  for (const t of x.ticks) {
    const px = n(x.map(t));
    parts.push(`<line class="grid" x1="${px}" y1="${top}" x2="${px}" y2="${bottom}" stroke="#e4e4e4"/>`);
    parts.push(`<line x1="${px}" y1="${bottom}" x2="${px}" y2="${bottom + 5}" stroke="#333"/>`);
    parts.push(`<text class="tick" x="${px}" y="${bottom + 18}" text-anchor="middle">${escapeXml(fx(t))}</text>`);
  }
  for (const t of y.ticks) {
    const py = n(y.map(t));
    parts.push(`<line class="grid" x1="${left}" y1="${py}" x2="${n(right)}" y2="${py}" stroke="#e4e4e4"/>`);
    parts.push(`<line x1="${left - 5}" y1="${py}" x2="${left}" y2="${py}" stroke="#333"/>`);
    parts.push(`<text class="tick" x="${left - 8}" y="${py}" dy="4" text-anchor="end">${escapeXml(fy(t))}</text>`);
  }
  // Bands under everything else.
  for (const band of options.bands ?? []) {
    const x0 = x.map(Math.min(band.from, band.to));
    const x1 = x.map(Math.max(band.from, band.to));
    parts.push(
      `<rect class="band" x="${n(x0)}" y="${top}" width="${n(Math.max(1, x1 - x0))}" height="${plotHeight}" fill="${escapeXml(band.color ?? '#D55E00')}" fill-opacity="0.18"/>`,
    );
  }
  for (const h of options.hlines ?? []) {
    const py = n(y.map(h.y));
    parts.push(
      `<line class="hline" x1="${left}" y1="${py}" x2="${n(right)}" y2="${py}" stroke="#777" stroke-dasharray="4 3"/>`,
    );
    if (h.label)
      parts.push(
        `<text x="${n(right - 4)}" y="${py}" dy="-4" text-anchor="end" font-size="11" fill="#555">${escapeXml(h.label)}</text>`,
      );
  }
  for (const v of options.vlines ?? []) {
    const px = n(x.map(v.x));
    const c = escapeXml(v.color ?? '#D55E00');
    const dash = v.dashed ? ' stroke-dasharray="3 3"' : '';
    parts.push(
      `<line class="marker" x1="${px}" y1="${top}" x2="${px}" y2="${bottom}" stroke="${c}" stroke-width="1.2"${dash}/>`,
    );
    if (v.label)
      parts.push(
        `<text x="${px}" y="${top - 4}" dx="${v.anchor === 'end' ? -2 : v.anchor === 'start' ? 2 : 0}" text-anchor="${v.anchor ?? 'middle'}" font-size="11" fill="${c}">${escapeXml(v.label)}</text>`,
      );
  }
  // Series.
  options.series.forEach((s, i) => {
    const kept = downsample(
      s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
      maxPoints,
    );
    const path: Point[] = [];
    for (const p of kept) {
      if (s.step && path.length) path.push({ x: p.x, y: path[path.length - 1].y });
      path.push(p);
    }
    if (!path.length) return;
    const coords = path.map((p) => `${n(x.map(p.x))},${n(y.map(p.y))}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<polyline class="series" fill="none" stroke="${escapeXml(color(i, s.color))}" stroke-width="1.8" stroke-linejoin="round"${dash} points="${coords}"><title>${escapeXml(s.name)}</title></polyline>`,
    );
  });
  for (const d of options.dots ?? []) {
    const c = d.color ?? '#000';
    parts.push(
      d.shape === 'diamond'
        ? diamond(x.map(d.x), y.map(d.y), 5, c)
        : `<circle class="dot" cx="${n(x.map(d.x))}" cy="${n(y.map(d.y))}" r="3.5" fill="${escapeXml(c)}" stroke="#fff" stroke-width="0.8"/>`,
    );
  }
  // Axes and their labels.
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${n(right)}" y2="${bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
  parts.push(
    `<text class="axis-label" x="${n((left + right) / 2)}" y="${bottom + 38}" text-anchor="middle">${escapeXml(options.x.label + (options.x.log ? ' (log scale)' : ''))}</text>`,
  );
  parts.push(
    `<text class="axis-label" transform="translate(16 ${n((top + bottom) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(options.y.label + (options.y.log ? ' (log scale)' : ''))}</text>`,
  );
  parts.push(legendRows(legendItems, bottom + MARGIN.bottom + 6));
  return { width, height, body: parts.join('\n') };
}

function legendRows(items: readonly LegendItem[], top: number): string {
  return items
    .map((item, i) => {
      const ly = top + i * LEGEND_ROW + LEGEND_ROW / 2;
      return `<g class="legend">${legendSwatch(item, MARGIN.left, ly)}<text x="${MARGIN.left + 30}" y="${n(ly)}" dy="4">${escapeXml(item.name)}</text></g>`;
    })
    .join('\n');
}

/** A legend on its own (one entry per row), for a stack of charts that share it. */
export function legend(items: readonly LegendItem[], width = 900): Chart {
  return { width, height: items.length * LEGEND_ROW + 8, body: legendRows(items, 4) };
}

/** Value at quantile `q` of ascending `sorted`, nearest rank (as in stats.ts). */
function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Samples {
  name: string;
  values: readonly number[];
  color?: string;
  dashed?: boolean;
}

export interface CdfOptions extends Omit<PlotOptions, 'series' | 'y' | 'dots' | 'hlines' | 'x'> {
  x: Axis;
  samples: readonly Samples[];
  /** Marked on every curve (p50 as a circle, the others as diamonds) and as dashed horizontal lines. */
  quantiles?: readonly number[];
  /** Appended to each legend entry: the marked quantiles, formatted. */
  unit?: string;
}

/**
 * Empirical CDFs (a staircase per sample set: fraction of samples ≤ x), with the quantiles marked on each
 * curve and named with their values in the legend.
 */
export function cdf(options: CdfOptions): Chart {
  const quantiles = options.quantiles ?? [0.5, 0.99];
  const format = options.x.format ?? formatNumber;
  const unit = options.unit ? ` ${options.unit}` : '';
  const series: Series[] = [];
  const dots: Dot[] = [];
  options.samples.forEach((s, i) => {
    const sorted = finite([...s.values], options.x.log).sort((a, b) => a - b);
    const c = color(i, s.color);
    const points: Point[] = [];
    sorted.forEach((v, k) => {
      points.push({ x: v, y: k / sorted.length }, { x: v, y: (k + 1) / sorted.length });
    });
    const marks = sorted.length
      ? quantiles.map((q) => `p${formatNumber(q * 100)} ${format(nearestRank(sorted, q))}${unit}`).join(', ')
      : 'no samples';
    series.push({ name: `${s.name} (n=${sorted.length}; ${marks})`, points, color: c, dashed: s.dashed });
    if (sorted.length)
      quantiles.forEach((q, k) =>
        dots.push({ x: nearestRank(sorted, q), y: q, color: c, shape: k === 0 ? 'circle' : 'diamond' }),
      );
  });
  return plot({
    ...options,
    series,
    dots,
    y: { label: 'fraction of samples ≤ x', min: 0, max: 1, format: (v) => `${Math.round(v * 100)}%` },
    hlines: quantiles.map((q) => ({ y: q, label: `p${formatNumber(q * 100)}` })),
  });
}

export interface HistogramOptions extends Omit<PlotOptions, 'series' | 'y' | 'x'> {
  x: Axis;
  samples: readonly Samples[];
  /** Number of bins over the x domain (equal widths, logarithmic ones on a log axis). */
  bins?: number;
  yLabel?: string;
}

/** Histograms as outlines (one staircase per sample set, so several overlay legibly), counts per bin. */
export function histogram(options: HistogramOptions): Chart {
  const binCount = options.bins ?? 30;
  const all = finite(
    options.samples.flatMap((s) => [...s.values]),
    options.x.log,
  );
  const [allMin, allMax] = extent(all);
  const lo = options.x.min ?? (all.length ? allMin : 1);
  const hi = options.x.max ?? (all.length ? allMax : 10);
  const edge = (k: number) =>
    options.x.log
      ? 10 ** (Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * k) / binCount)
      : lo + ((hi - lo) * k) / binCount;
  const binOf = (v: number) => {
    const f = options.x.log
      ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo) || 1)
      : (v - lo) / (hi - lo || 1);
    return Math.min(binCount - 1, Math.max(0, Math.floor(f * binCount)));
  };
  const series: Series[] = options.samples.map((s, i) => {
    const counts = new Array<number>(binCount).fill(0);
    for (const v of finite([...s.values], options.x.log)) counts[binOf(v)]++;
    const points: Point[] = [{ x: edge(0), y: 0 }];
    counts.forEach((c, k) => points.push({ x: edge(k), y: c }, { x: edge(k + 1), y: c }));
    points.push({ x: edge(binCount), y: 0 });
    return { name: s.name, points, color: color(i, s.color), dashed: s.dashed };
  });
  return plot({ ...options, series, y: { label: options.yLabel ?? 'count', min: 0 } });
}

/** Charts one above the other in one picture, under an optional title. */
export function stack(charts: readonly Chart[], title?: string): Chart {
  const width = Math.max(0, ...charts.map((c) => c.width));
  const parts: string[] = [];
  let offset = 0;
  if (title) {
    parts.push(`<text x="${MARGIN.left}" y="24" font-size="17" font-weight="bold">${escapeXml(title)}</text>`);
    offset = 36;
  }
  for (const chart of charts) {
    parts.push(`<g transform="translate(0 ${offset})">\n${chart.body}\n</g>`);
    offset += chart.height;
  }
  return { width, height: offset, body: parts.join('\n') };
}

/** A standalone SVG document of `chart`. */
export function toSvg(chart: Chart, title?: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${n(chart.height)}" viewBox="0 0 ${chart.width} ${n(chart.height)}" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="#222">`,
    title ? `<title>${escapeXml(title)}</title>` : '',
    `<rect width="${chart.width}" height="${n(chart.height)}" fill="#fff"/>`,
    chart.body,
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
