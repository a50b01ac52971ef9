/** An image configuration in plain words: one row a field, code in monospace, env and labels as name/value tables. */
import type { ImageConfigField } from '../../../../electron/shared/dto';
import type { ConfigRow } from './mapping';

export function ConfigTable({
  rows,
  label,
  highlight = [],
}: {
  rows: readonly ConfigRow[];
  label: string;
  /** Fields to mark (the build container's differences). */
  highlight?: readonly ImageConfigField[];
}) {
  return (
    <dl aria-label={label} className="overflow-hidden rounded-lg border border-border">
      {rows.map((row) => {
        const marked = highlight.includes(row.field);
        return (
          <div
            key={row.field}
            data-differs={marked || undefined}
            className={`grid grid-cols-[130px_minmax(0,1fr)] gap-x-4 border-b border-border px-4 py-2 last:border-b-0 ${
              marked ? 'bg-paused/8' : ''
            }`}
          >
            <dt className="flex items-start gap-1.5 pt-px text-[12.5px] text-text-muted">
              {row.label}
              {marked && (
                <span className="rounded bg-paused/15 px-1 text-[11px] font-medium text-paused-text">differs</span>
              )}
            </dt>
            <dd className="min-w-0 text-[13px] text-text">
              <ConfigValue value={row.value} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function ConfigValue({ value }: { value: ConfigRow['value'] }) {
  switch (value.kind) {
    case 'code':
      return <code className="font-mono text-[12.5px] break-all whitespace-pre-wrap">{value.text}</code>;
    case 'list':
      return (
        <ul className="flex flex-wrap gap-1.5">
          {value.items.map((item, i) => (
            <li
              key={`${i}-${item}`}
              className="rounded border border-border bg-surface-sunken px-1.5 font-mono text-[12px] break-all"
            >
              {item}
            </li>
          ))}
        </ul>
      );
    case 'pairs':
      return (
        <table className="relative w-full border-collapse text-left">
          <thead className="sr-only">
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {value.pairs.map((pair, i) => (
              <tr key={`${i}-${pair.name}`} className="align-top">
                <th
                  scope="row"
                  className="w-[1%] py-0.5 pr-4 font-mono text-[12.5px] font-normal whitespace-nowrap text-text-muted"
                >
                  {pair.name}
                </th>
                <td className="py-0.5 font-mono text-[12.5px] break-all">{pair.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
