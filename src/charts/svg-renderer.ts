// Split out so the bundler puts the SVG renderer in its own lazily loaded chunk (exports only).
export { SVGRenderer } from 'echarts/renderers';
