import { ShortId } from '../../components/ShortId';
import { createdColumn } from '../../components/RelativeTime';
import type { Column } from '../../components/VirtualTable';
import { formatSize, plural } from '../../lib/format';
import type { ImageItemRow, ImageRow } from './imageRows';
import type { AllState } from './selection';
import { CHECKBOX, QUIET_CHECKBOX, SelectAllCheckbox } from '../../components/SelectAllCheckbox';

export const IMAGES_MIN_WIDTH = 860;
const TAGS_SHOWN = 4;
const LINE = 18;
export const GROUP_ROW_HEIGHT = 34;

/** Every tag on its own line (up to TAGS_SHOWN, then "+N more"): the row grows with them. */
export function imageRowHeight(row: ImageRow): number {
  if (row.kind === 'group') return GROUP_ROW_HEIGHT;
  const lines = Math.min(Math.max(row.tags.length, 1), TAGS_SHOWN);
  return Math.max(48, 14 + lines * LINE);
}

/** How an image is named in words: its first tag, or its short ID. */
export function imageName(tags: readonly string[], id: string): string {
  return tags[0] ?? `<none> ${id.replace(/^sha256:/, '').slice(0, 12)}`;
}

export function Tags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return <span className="font-mono text-[12.5px] text-text-faint">&lt;none&gt;</span>;
  const shown = tags.slice(0, TAGS_SHOWN);
  const rest = tags.slice(TAGS_SHOWN);
  return (
    <ul className="flex min-w-0 flex-col leading-[18px]" title={tags.join('\n')}>
      {shown.map((tag, i) => (
        <li key={tag} className={`truncate ${i === 0 ? 'font-medium text-text' : 'text-text-muted'}`}>
          {tag}
          {i === shown.length - 1 && rest.length > 0 && (
            <span className="ml-1.5 text-[11.5px] font-normal text-text-faint">+{rest.length} more</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface ImageSelectionControls {
  isSelected: (id: string) => boolean;
  /** A checkbox click; shift extends the range from the last one. */
  onCheck: (key: string, shift: boolean) => void;
  allState: AllState;
  onToggleAll: () => void;
  /** Anything selected, shown or not. */
  any: boolean;
}

export function imageColumns(selection: ImageSelectionControls): readonly Column<ImageRow>[] {
  const item = (render: (row: ImageItemRow) => React.ReactNode) => (row: ImageRow) =>
    row.kind === 'image' ? render(row) : null;
  return [
    {
      id: 'select',
      header: (
        <SelectAllCheckbox
          label="Select all shown images"
          state={selection.allState}
          onToggle={selection.onToggleAll}
        />
      ),
      width: '16px',
      cell: item((row) => (
        <input
          type="checkbox"
          aria-label={`Select ${imageName(row.tags, row.image.id)}`}
          checked={selection.isSelected(row.image.id)}
          onClick={(event) => {
            event.stopPropagation();
            selection.onCheck(row.key, event.shiftKey);
          }}
          onChange={() => {}}
          className={`${CHECKBOX} ${selection.any ? '' : QUIET_CHECKBOX}`}
        />
      )),
    },
    {
      id: 'tag',
      header: 'Repository:Tag',
      sortable: true,
      width: 'minmax(240px, 3fr)',
      cell: item((row) => <Tags tags={row.tags} />),
    },
    {
      id: 'id',
      header: 'Image ID',
      width: '150px',
      cell: item((row) => <ShortId id={row.image.id} className="text-[12px] text-text-muted" />),
    },
    {
      id: 'size',
      header: 'Size',
      sortable: true,
      width: '88px',
      align: 'end',
      cell: item((row) => (
        <span className="text-text tabular" title={`${row.image.size.toLocaleString()} bytes`}>
          {formatSize(row.image.size)}
        </span>
      )),
    },
    {
      ...createdColumn<ImageRow>((row) => (row.kind === 'image' ? row.image.created : 0)),
      sortable: true,
      cell: item((row) => createdColumn<ImageItemRow>((r) => r.image.created).cell(row)),
    },
    {
      id: 'containers',
      header: 'Used by',
      sortable: true,
      width: '120px',
      cell: item((row) =>
        row.image.containers > 0 ? (
          <span className="text-text tabular">{plural(row.image.containers, 'container')}</span>
        ) : (
          <span className="text-text-faint">unused</span>
        ),
      ),
    },
  ];
}

/** A repository's header row when grouped: its name, how many images, their total size. */
export function GroupHeader({ repo, count, size }: { repo: string; count: number; size: number }) {
  return (
    // Indented to the tag column (past the checkbox), so the names line up under each other.
    <div className="flex min-w-0 items-baseline gap-2 pb-[7px] pl-7">
      <span className="truncate text-[12.5px] font-semibold text-text">{repo}</span>
      <span className="shrink-0 text-[12px] text-text-faint tabular">
        {plural(count, 'image')} · {formatSize(size)}
      </span>
    </div>
  );
}
