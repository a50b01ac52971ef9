import type { ReactNode } from 'react';
import type { ContainerSize } from '../../../../electron/shared/dto';
import { createdColumn } from '../../components/RelativeTime';
import { ShortId } from '../../components/ShortId';
import type { Column } from '../../components/VirtualTable';
import type { AllState } from '../images/selection';
import { ContainerActions } from './ContainerActions';
import { formatContainerSize } from './containerSizes';
import { serviceLabel, type ContainerItemRow, type ContainerRow } from './containerRows';
import { PortsCell } from './PortsCell';
import { StateCell } from './StateCell';
import { CHECKBOX, QUIET_CHECKBOX, SelectAllCheckbox } from '../../components/SelectAllCheckbox';
import { CpuCell, MemoryCell } from '../stats/StatsCells';

export const CONTAINER_ROW_HEIGHT = 50;
export const GROUP_ROW_HEIGHT = 40;
// The columns' minimum tracks, their gaps and the row padding: fits a 1360 px window beside the
// sidebar (1125 px with the scrollbar gutter), the CPU and Memory columns included.
export const CONTAINERS_MIN_WIDTH = 1122;
const SIZE_WIDTH = 176;

export function containerRowHeight(row: ContainerRow): number {
  return row.kind === 'group' ? GROUP_ROW_HEIGHT : CONTAINER_ROW_HEIGHT;
}

export interface ContainerColumnsOptions {
  isSelected: (id: string) => boolean;
  /** A checkbox click; shift extends the range from the last one. */
  onCheck: (key: string, shift: boolean) => void;
  allState: AllState;
  onToggleAll: () => void;
  /** Anything selected, shown or not. */
  any: boolean;
  /** The measured sizes, or undefined while the Size column is off. */
  sizes: ReadonlyMap<string, ContainerSize> | undefined;
}

function NameCell({ row }: { row: ContainerItemRow }) {
  const c = row.container;
  const service = serviceLabel(c);
  return (
    <div className={`flex min-w-0 flex-col ${row.inGroup ? 'border-l-2 border-border-strong pl-3' : ''}`}>
      <span className="truncate font-medium text-text" title={c.name}>
        {c.name}
      </span>
      <span className="flex min-w-0 items-center gap-2 text-[11.5px] leading-5 text-text-faint">
        {service && (
          <span
            className="max-w-[60%] shrink-0 truncate rounded bg-surface-sunken px-1.5 leading-4 font-medium text-text-muted ring-1 ring-border ring-inset"
            title={`Compose service ${c.composeService}${c.composeNumber === undefined ? '' : `, replica ${c.composeNumber}`}`}
          >
            {service}
          </span>
        )}
        <ShortId id={c.id} className="text-[11.5px] leading-5 text-text-faint" />
      </span>
    </div>
  );
}

function SizeCell({ size }: { size: ContainerSize | undefined }) {
  if (!size) return <span className="text-text-faint">—</span>;
  return (
    <span
      className="truncate text-text tabular"
      title={`Writable layer ${size.sizeRw.toLocaleString()} bytes; with the image ${size.sizeRootFs.toLocaleString()} bytes`}
    >
      {formatContainerSize(size)}
    </span>
  );
}

export function containerColumns(options: ContainerColumnsOptions): readonly Column<ContainerRow>[] {
  const item = (render: (row: ContainerItemRow) => ReactNode) => (row: ContainerRow) =>
    row.kind === 'container' ? render(row) : null;
  const { sizes } = options;
  const columns: (Column<ContainerRow> | false)[] = [
    {
      id: 'select',
      header: (
        <SelectAllCheckbox
          label="Select all shown containers"
          state={options.allState}
          onToggle={options.onToggleAll}
        />
      ),
      width: '16px',
      cell: item((row) => (
        <input
          type="checkbox"
          aria-label={`Select ${row.container.name}`}
          checked={options.isSelected(row.container.id)}
          onClick={(event) => {
            event.stopPropagation();
            options.onCheck(row.key, event.shiftKey);
          }}
          onChange={() => {}}
          className={`${CHECKBOX} ${options.any ? '' : QUIET_CHECKBOX}`}
        />
      )),
    },
    {
      id: 'name',
      header: 'Name',
      sortable: true,
      width: 'minmax(150px, 1.4fr)',
      cell: item((row) => <NameCell row={row} />),
    },
    {
      id: 'image',
      header: 'Image',
      sortable: true,
      width: 'minmax(100px, 1fr)',
      cell: item((row) => (
        <span className="truncate text-text" title={row.container.image}>
          {row.container.image}
        </span>
      )),
    },
    {
      id: 'state',
      header: 'State',
      sortable: true,
      width: '125px',
      cell: item((row) => <StateCell state={row.container.state} health={row.container.health} />),
    },
    {
      id: 'status',
      header: 'Status',
      width: 'minmax(95px, 1fr)',
      cell: item((row) => (
        <span className="truncate text-text-muted" title={row.container.status}>
          {row.container.status}
        </span>
      )),
    },
    {
      // Live, for running rows on screen only (stats/useListStats).
      id: 'cpu',
      header: 'CPU',
      width: '54px',
      align: 'end',
      cell: item((row) => <CpuCell container={row.container} />),
    },
    {
      id: 'memory',
      header: 'Memory',
      width: '66px',
      align: 'end',
      cell: item((row) => <MemoryCell container={row.container} />),
    },
    {
      id: 'ports',
      header: 'Ports',
      sortable: true,
      width: 'minmax(160px, 1.7fr)',
      cell: item((row) => <PortsCell ports={row.container.ports} />),
    },
    sizes !== undefined && {
      id: 'size',
      header: 'Size',
      sortable: true,
      width: `${SIZE_WIDTH}px`,
      cell: item((row) => <SizeCell size={sizes.get(row.container.id)} />),
    },
    {
      ...createdColumn<ContainerRow>((row) => (row.kind === 'container' ? row.container.created : 0)),
      sortable: true,
      // Narrower than other lists' Created: "Less than a second ago" still fits, and Ports gets the room.
      width: '140px',
      cell: item((row) => createdColumn<ContainerItemRow>((r) => r.container.created).cell(row)),
    },
    {
      id: 'actions',
      header: 'Actions',
      width: '76px',
      align: 'end',
      stickyEnd: true,
      cell: item((row) => <ContainerActions container={row.container} />),
    },
  ];
  return columns.filter((column): column is Column<ContainerRow> => column !== false);
}

/** The table's minimum width: wider by the Size column when it shows. */
export function containersMinWidth(withSizes: boolean): number {
  return CONTAINERS_MIN_WIDTH + (withSizes ? SIZE_WIDTH + 12 : 0);
}
