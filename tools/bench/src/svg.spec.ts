import { describe, expect, it } from '@jest/globals';
import {
  MARGIN,
  cdf,
  downsample,
  escapeXml,
  histogram,
  legend,
  linearScale,
  logScale,
  plot,
  stack,
  toSvg,
  type Point,
} from './svg.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/**
 * A tiny XML checker: every tag closed in order, attributes quoted, `&` only in entities and no `<` in text.
 * Throws on the first fault; returns the elements (with their direct text) in document order.
 */
function parseXml(xml: string): Element[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const elements: Element[] = [];
  const open: Element[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let at = 0;
  let roots = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(text)) throw new Error(`unescaped & in ${JSON.stringify(text)}`);
    if (text.includes('>')) throw new Error(`stray > in ${JSON.stringify(text)}`);
    if (open.length) open[open.length - 1].text += text;
    else if (text.trim()) throw new Error(`text outside the root: ${JSON.stringify(text)}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const match = tag.exec(body);
    if (!match) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [whole, closing, name, attrs, selfClosing] = match;
    if (closing) {
      const top = open.pop();
      if (top?.name !== name) throw new Error(`</${name}> closes <${top?.name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attrs.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (key in attributes) throw new Error(`duplicate attribute ${key} on <${name}>`);
        if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(value)) throw new Error(`unescaped & in attribute ${key}`);
        attributes[key] = value;
      }
      const element = { name, attributes, text: '' };
      elements.push(element);
      if (open.length === 0) roots++;
      if (!selfClosing) open.push(element);
    }
    at = lt + whole.length;
  }
  if (open.length) throw new Error(`unclosed <${open.map((e) => e.name).join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return elements;
}

const line = (n: number, slope = 1): Point[] => Array.from({ length: n }, (_, i) => ({ x: i, y: i * slope }));

describe('escapeXml()', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
  });
});

describe('the tiny XML checker', () => {
  it('rejects what it should', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow();
    expect(() => parseXml('<svg>a & b</svg>')).toThrow('unescaped &');
    expect(() => parseXml('<svg x=1/>')).toThrow('malformed');
    expect(() => parseXml('<svg/><svg/>')).toThrow('2 root elements');
    expect(parseXml('<svg a="1"><t>x &amp; y</t></svg>')[1].text).toBe('x &amp; y');
  });
});

describe('scales', () => {
  it('a linear scale widens to round ticks and maps onto the range', () => {
    const scale = linearScale(0.3, 9.2, [100, 200]);
    expect(scale.domain).toEqual([0, 10]);
    expect(scale.ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(scale.map(5)).toBe(150);
    expect(scale.map(-3)).toBe(100); // clamped
  });

  it('keeps a fixed domain and inverts a range (y grows upwards)', () => {
    const scale = linearScale(0, 1, [300, 0], { min: 0, max: 1 });
    expect(scale.map(0)).toBe(300);
    expect(scale.map(0.25)).toBe(225);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(1);
  });

  it('a logarithmic scale has 1–2–5 ticks and maps decades evenly', () => {
    const scale = logScale(130, 7400, [0, 300]);
    expect(scale.domain).toEqual([100, 10_000]);
    expect(scale.ticks).toEqual([100, 200, 500, 1000, 2000, 5000, 10_000]);
    expect(scale.map(1000)).toBeCloseTo(150);
    expect(scale.map(10_000)).toBeCloseTo(300);
  });

  it('copes with a single value', () => {
    expect(linearScale(5, 5, [0, 10]).ticks.length).toBeGreaterThan(1);
    expect(logScale(300, 300, [0, 10]).ticks.length).toBeGreaterThan(1);
  });
});

describe('downsample()', () => {
  it('keeps short lines as they are', () => {
    expect(downsample(line(10), 100)).toEqual(line(10));
  });

  it('bounds long lines, keeps both ends and a spike', () => {
    const points = line(10_000, 0);
    points[5_000] = { x: 5_000, y: 100 };
    const kept = downsample(points, 200);
    expect(kept).toHaveLength(200);
    expect(kept[0]).toEqual(points[0]);
    expect(kept[kept.length - 1]).toEqual(points[points.length - 1]);
    expect(kept).toContainEqual({ x: 5_000, y: 100 });
    expect(kept.map((p) => p.x)).toEqual([...kept.map((p) => p.x)].sort((a, b) => a - b));
  });
});

describe('plot()', () => {
  const width = 900;
  const chart = plot({
    title: 'tokens <over> time & "failovers"',
    subtitle: "worker's gap",
    x: { label: 'time (s)', min: 0, max: 10 },
    y: { label: 'sequence', min: 0, max: 100 },
    series: [{ name: 'session <1>', points: line(11, 10), step: true }],
    bands: [{ from: 2, to: 3 }],
    vlines: [{ x: 2, label: 'kill & go' }, { x: 7.5 }],
    dots: [{ x: 2.5, y: 20 }],
    legend: [{ name: 'failover', color: '#D55E00', kind: 'band' }],
    width,
    plotHeight: 200,
  });
  const svg = toSvg(chart, 'a & b');
  const elements = parseXml(svg);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const px = (x: number) => left + (x / 10) * (right - left);
  const py = (y: number) => MARGIN.top + 200 - (y / 100) * 200;

  it('is a standalone SVG document', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const root = elements[0];
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes.viewBox).toBe(`0 0 ${width} ${chart.height}`);
    expect(elements.filter((e) => e.name === 'title')[0].text).toBe('a &amp; b');
  });

  it('escapes titles, labels and legend text', () => {
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('tokens &lt;over&gt; time &amp; &quot;failovers&quot;');
    expect(texts).toContain('worker&#39;s gap');
    expect(texts).toContain('kill &amp; go');
    expect(texts).toContain('session &lt;1&gt;');
    expect(texts).toContain('failover');
    expect(svg).not.toContain('session <1>');
  });

  it('puts ticks, labels and grid lines where the scale says', () => {
    const ticks = elements.filter((e) => e.attributes.class === 'tick');
    expect(ticks.map((e) => e.text)).toEqual(expect.arrayContaining(['0', '2', '10', '100']));
    const ten = ticks.find((e) => e.text === '10' && e.attributes['text-anchor'] === 'middle')!;
    expect(Number(ten.attributes.x)).toBe(right);
    const axisLabels = elements.filter((e) => e.attributes.class === 'axis-label').map((e) => e.text);
    expect(axisLabels).toEqual(['time (s)', 'sequence']);
  });

  it('draws markers and bands at their x', () => {
    const markers = elements.filter((e) => e.attributes.class === 'marker');
    expect(markers.map((e) => Number(e.attributes.x1))).toEqual([px(2), px(7.5)]);
    expect(markers.every((e) => e.attributes.x1 === e.attributes.x2)).toBe(true);
    expect(Number(markers[0].attributes.y1)).toBe(MARGIN.top);
    expect(Number(markers[0].attributes.y2)).toBe(MARGIN.top + 200);
    const band = elements.find((e) => e.attributes.class === 'band')!;
    expect(Number(band.attributes.x)).toBe(px(2));
    expect(Number(band.attributes.width)).toBeCloseTo(px(3) - px(2), 1);
    const dot = elements.find((e) => e.attributes.class === 'dot')!;
    expect([Number(dot.attributes.cx), Number(dot.attributes.cy)]).toEqual([px(2.5), py(20)]);
  });

  it('draws a step series as a staircase', () => {
    const polyline = elements.find((e) => e.attributes.class === 'series')!;
    const coords = polyline.attributes.points.split(' ').map((pair) => pair.split(',').map(Number));
    // 11 points, each after the first preceded by a corner: 21.
    expect(coords).toHaveLength(21);
    expect(coords[0]).toEqual([px(0), py(0)]);
    expect(coords[1]).toEqual([px(1), py(0)]);
    expect(coords[2]).toEqual([px(1), py(10)]);
  });

  it('stays small with a very long series', () => {
    const long = toSvg(
      plot({
        title: 'long',
        x: { label: 'x' },
        y: { label: 'y' },
        series: Array.from({ length: 5 }, (_, s) => ({ name: `s${s}`, points: line(100_000, s + 1), step: true })),
      }),
    );
    expect(long.length).toBeLessThan(300_000);
    expect(() => parseXml(long)).not.toThrow();
  });
});

describe('cdf()', () => {
  const values = Array.from({ length: 100 }, (_, i) => (i + 1) * 10); // 10 … 1000
  const chart = cdf({
    title: 'failover times',
    x: { label: 'time (ms)', log: true },
    samples: [
      { name: 'kill -9', values },
      { name: 'empty', values: [] },
    ],
  });
  const elements = parseXml(toSvg(chart));

  it('marks p50 and p99 on the curve and names them in the legend', () => {
    const legendTexts = elements.filter((e) => e.name === 'text' && e.text.startsWith('kill -9')).map((e) => e.text);
    expect(legendTexts).toEqual(['kill -9 (n=100; p50 500, p99 990)']);
    expect(elements.filter((e) => e.name === 'text').map((e) => e.text)).toContain('empty (n=0; no samples)');
    // Domain 10 … 1000 on a log axis: 500 sits at log10(500/10) / 2 of the width.
    const scale = logScale(10, 1000, [MARGIN.left, 900 - MARGIN.right]);
    const dot = elements.find((e) => e.attributes.class === 'dot')!;
    expect(Number(dot.attributes.cx)).toBeCloseTo(scale.map(500), 0);
    const p99 = elements.find((e) => e.name === 'path')!;
    expect(p99.attributes.d.startsWith(`M${Math.round(scale.map(990) * 10) / 10} `)).toBe(true);
    const hlines = elements.filter((e) => e.attributes.class === 'hline');
    expect(hlines).toHaveLength(2);
  });

  it('draws the staircase from 0 to 1', () => {
    const polyline = elements.find((e) => e.attributes.class === 'series')!;
    const ys = polyline.attributes.points.split(' ').map((pair) => Number(pair.split(',')[1]));
    expect(Math.max(...ys)).toBe(MARGIN.top + 300); // fraction 0 at the bottom
    expect(Math.min(...ys)).toBe(MARGIN.top); // fraction 1 at the top
  });
});

describe('histogram()', () => {
  it('counts every sample in one bin', () => {
    const values = [1, 2, 2, 3, 3, 3, 10];
    const chart = histogram({ title: 'h', x: { label: 'ms' }, samples: [{ name: 'a', values }], bins: 9 });
    const elements = parseXml(toSvg(chart));
    const polyline = elements.find((e) => e.attributes.class === 'series')!;
    expect(polyline).toBeDefined();
    // One count per bin in the outline: the heights add up to the samples.
    const scale = linearScale(0, 3, [MARGIN.top + 300, MARGIN.top], { min: 0 });
    const coords = polyline.attributes.points.split(' ').map((pair) => pair.split(',').map(Number));
    const heights: number[] = [];
    for (let i = 1; i + 1 < coords.length; i += 2) heights.push(coords[i][1]);
    const toCount = (pixelY: number) => Math.round(((scale.map(0) - pixelY) / (scale.map(0) - scale.map(3))) * 3);
    expect(heights.map(toCount).reduce((a, b) => a + b, 0)).toBe(values.length);
  });
});

describe('stack() and legend()', () => {
  it('places charts one under the other', () => {
    const a = plot({ title: 'a', x: { label: 'x' }, y: { label: 'y' }, series: [{ name: 'a', points: line(3) }] });
    const key = legend([{ name: 'k', color: '#000', kind: 'dot' }]);
    const stacked = stack([key, a, a], 'both');
    expect(stacked.height).toBe(36 + key.height + 2 * a.height);
    const elements = parseXml(toSvg(stacked));
    const groups = elements.filter((e) => e.name === 'g' && e.attributes.transform);
    expect(groups.map((g) => g.attributes.transform)).toEqual([
      'translate(0 36)',
      `translate(0 ${36 + key.height})`,
      `translate(0 ${36 + key.height + a.height})`,
    ]);
  });
});
