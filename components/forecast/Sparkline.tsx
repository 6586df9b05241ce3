// A small trend line drawn on the server (no JavaScript): the same values are in the table
// row beside it, so it is decoration for sighted readers and hidden from screen readers.
export function Sparkline({ values, target, width = 120, height = 32 }: { values: number[]; target?: number; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const all = target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const x = (i: number) => (i / (values.length - 1)) * (width - 4) + 2;
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const d = values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="overflow-visible">
      {target !== undefined ? <line x1={2} x2={width - 2} y1={y(target)} y2={y(target)} stroke="#475569" strokeDasharray="3 3" strokeWidth={1} /> : null}
      <path d={d} fill="none" stroke="#0b4f9c" strokeWidth={2} strokeLinejoin="round" />
      <circle cx={x(values.length - 1)} cy={y(values[values.length - 1])} r={2.5} fill="#0b4f9c" />
    </svg>
  );
}
