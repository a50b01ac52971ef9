import type { ContainerSummary } from '../../../../electron/shared/dto';
import { ShortId } from '../../components/ShortId';
import { createdColumn } from '../../components/RelativeTime';
import { StateBadge } from '../../components/StateBadge';
import type { Column } from '../../components/VirtualTable';
import { ContainerActions } from './ContainerActions';
import { PortsCell } from './PortsCell';

export const CONTAINER_ROW_HEIGHT = 50;
export const CONTAINERS_MIN_WIDTH = 948;

export const containerColumns: readonly Column<ContainerSummary>[] = [
  {
    id: 'name',
    header: 'Name',
    width: 'minmax(160px, 1.5fr)',
    cell: (c) => (
      <div className="flex min-w-0 flex-col">
        <span className="truncate font-medium text-text" title={c.name}>
          {c.name}
        </span>
        <ShortId id={c.id} className="text-[11.5px] leading-5 text-text-faint" />
      </div>
    ),
  },
  {
    id: 'image',
    header: 'Image',
    width: 'minmax(140px, 1.5fr)',
    cell: (c) => (
      <span className="truncate text-text" title={c.image}>
        {c.image}
      </span>
    ),
  },
  { id: 'state', header: 'State', width: '96px', cell: (c) => <StateBadge state={c.state} /> },
  {
    id: 'status',
    header: 'Status',
    width: 'minmax(140px, 1.5fr)',
    cell: (c) => (
      <span className="truncate text-text-muted" title={c.status}>
        {c.status}
      </span>
    ),
  },
  { id: 'ports', header: 'Ports', width: 'minmax(96px, 1fr)', cell: (c) => <PortsCell ports={c.ports} /> },
  createdColumn<ContainerSummary>((c) => c.created),
  {
    id: 'actions',
    header: 'Actions',
    width: '76px',
    align: 'end',
    stickyEnd: true,
    cell: (c) => <ContainerActions container={c} />,
  },
];
