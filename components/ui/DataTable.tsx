/**
 * A simple accessible table: a caption, column headers with scope. On narrow phones it scrolls
 * sideways inside its own box, which keyboard users can focus and scroll (a named region).
 */
export function DataTable({ caption, headers, rows, minWidth = "min-w-[36rem]" }: { caption: string; headers: string[]; rows: React.ReactNode[][]; minWidth?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400" tabIndex={0} role="region" aria-label={caption}>
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>{headers.map((h) => <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((cells, i) => (
            <tr key={i}>{cells.map((c, j) => <td key={j} className="px-3 py-2 align-top">{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
