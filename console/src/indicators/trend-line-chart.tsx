import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { ComposeOption, EChartsType } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what a line chart needs; SVG keeps its text in the DOM (readable by tests and
// by the browser's own find-in-page).
use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

type TrendOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

/**
 * One series over periods, drawn with ECharts' SVG renderer. `format` writes a value as
 * the rest of the screen does; a period without a value is a gap, never a 0.
 */
export function TrendLineChart({
  periods,
  values,
  seriesName,
  format,
  summary,
}: {
  periods: readonly string[];
  values: readonly (number | null)[];
  seriesName: string;
  format(value: number | null): string;
  /** The chart's text alternative for a screen reader. */
  summary: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: TrendOption = {
      grid: { left: 72, right: 24, top: 24, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => format(typeof value === 'number' ? value : null),
      },
      xAxis: { type: 'category', data: [...periods] },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => format(value) },
      },
      series: [{ type: 'line', name: seriesName, data: [...values], connectNulls: false }],
    };
    chart.current?.setOption(option, true);
  }, [periods, values, seriesName, format]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={summary}
      data-testid="trend-chart"
      style={{ width: '100%', height: 320 }}
    />
  );
}
