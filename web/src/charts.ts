// ECharts, tree-shaken to what the dashboard draws, rendered as SVG (crisp, and testable in a browser).
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  GraphChart,
  LineChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
]);

let live: EChartsType[] = [];
window.addEventListener('resize', () => {
  for (const c of live) c.resize();
});

/** Drops the charts of the previous view (the router replaces the page's HTML). */
export function disposeCharts(): void {
  for (const c of live) c.dispose();
  live = [];
}

/** Draws `option` into `el`, with ECharts' generated description for screen readers. */
export function chart(el: HTMLElement, option: EChartsCoreOption): EChartsType {
  const c = init(el, undefined, { renderer: 'svg' });
  c.setOption({ aria: { enabled: true }, animation: false, ...option });
  live.push(c);
  return c;
}
