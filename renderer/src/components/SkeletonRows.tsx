/** Placeholder rows in the table's own grid while the first answer is on its way. */
export function SkeletonRows({
  template,
  rowHeight,
  columns,
}: {
  template: string;
  rowHeight: number;
  columns: number;
}) {
  const widths = ['w-3/4', 'w-2/3', 'w-16', 'w-1/2', 'w-2/5', 'w-20', 'w-14'];
  return (
    <div aria-hidden="true">
      {Array.from({ length: 8 }, (_, row) => (
        <div
          key={row}
          className="grid items-center gap-x-3 border-b border-border/70 px-4"
          style={{ gridTemplateColumns: template, height: rowHeight, opacity: 1 - row * 0.1 }}
        >
          {Array.from({ length: columns }, (_, col) => (
            <div
              key={col}
              className={`animate-shimmer h-2.5 rounded-full bg-surface-sunken ${widths[col % widths.length]}`}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
