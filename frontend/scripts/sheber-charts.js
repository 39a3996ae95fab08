// Draws the dashboard's charts with Apache ECharts (loaded beside this file from its webjar). The server sends a
// small description of each chart; the numbers are also in a table under it, so the chart itself is hidden from
// screen readers. No build step: plain script, served as a static file.
(function () {
  const css = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => (css.getPropertyValue(name) || fallback).trim();
  const palette = () => [colour('--sheber-clay', '#8a3b1f'), colour('--sheber-felt', '#2f5d50'),
    colour('--sheber-ochre', '#c98a2b'), colour('--sheber-ink-soft', '#5c4a3f')];

  function option(spec) {
    const ink = colour('--sheber-ink', '#2e221b');
    const base = { color: palette(), textStyle: { color: ink }, animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: spec.type === 'heatmap' ? 'item' : 'axis' },
      legend: spec.series.length > 1 ? { top: 0 } : undefined };
    if (spec.type === 'heatmap') {
      const max = Math.max(1, ...spec.series[0].data.map(d => d[2]));
      return Object.assign(base, {
        xAxis: { type: 'category', data: spec.categories }, yAxis: { type: 'category', data: spec.rows },
        visualMap: { min: 0, max: max, calculable: false, orient: 'horizontal', left: 'center', top: 0,
          inRange: { color: ['#fbf7f1', colour('--sheber-ochre', '#c98a2b'), colour('--sheber-clay', '#8a3b1f')] } },
        grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
        series: [{ type: 'heatmap', name: spec.series[0].name, data: spec.series[0].data }] });
    }
    const horizontal = spec.type === 'barh';
    const categories = { type: 'category', data: spec.categories, axisLabel: { width: 140, overflow: 'truncate' } };
    const values = { type: 'value', max: spec.percent ? 100 : undefined,
      axisLabel: spec.percent ? { formatter: '{value} %' } : undefined };
    return Object.assign(base, {
      xAxis: horizontal ? values : categories, yAxis: horizontal ? Object.assign(categories, { inverse: true }) : values,
      series: spec.series.map(s => ({ type: spec.type === 'line' ? 'line' : 'bar', name: s.name, data: s.data })) });
  }

  function draw(element, json, attempt) {
    if (!window.echarts) {
      // The library is loaded by the same page; on a slow phone it may still be on its way
      if ((attempt || 0) < 100) setTimeout(() => draw(element, json, (attempt || 0) + 1), 100);
      return;
    }
    const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option(JSON.parse(json)), true);
    if (!element.sheberResize) {
      element.sheberResize = new ResizeObserver(() => chart.resize());
      element.sheberResize.observe(element);
    }
  }

  window.sheberCharts = { draw: draw };
})();
