import type { Registry } from 'prom-client';

/**
 * The current value of one series in `registry`: the metric `name` (a histogram's `_sum`, `_count` or
 * `_bucket` too) whose labels include `labels`; 0 when there is no such series yet, as Prometheus reads it.
 */
export async function sampleValue(
  registry: Registry,
  name: string,
  labels: Record<string, string | number> = {},
): Promise<number> {
  const family = name.replace(/_(sum|count|bucket)$/, '');
  for (const metric of await registry.getMetricsAsJSON()) {
    if (metric.name !== name && metric.name !== family) continue;
    for (const value of metric.values) {
      const series = (value as { metricName?: string }).metricName ?? metric.name;
      if (series === name && Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted)) {
        return value.value;
      }
    }
  }
  return 0;
}
