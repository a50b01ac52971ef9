import type { ImageSummary } from '../../../../electron/shared/dto';
import { ShortId } from '../../components/ShortId';
import { createdColumn } from '../../components/RelativeTime';
import type { Column } from '../../components/VirtualTable';
import { formatSize, plural } from '../../lib/format';

export const IMAGES_MIN_WIDTH = 820;
const TAGS_SHOWN = 4;
const LINE = 18;

/** Every tag on its own line (up to TAGS_SHOWN, then "+N more"): the row grows with them. */
export function imageRowHeight(image: ImageSummary): number {
  const lines = Math.min(Math.max(image.repoTags.length, 1), TAGS_SHOWN);
  return Math.max(48, 14 + lines * LINE);
}

function Tags({ tags }: { tags: readonly string[] }) {
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

export const imageColumns: readonly Column<ImageSummary>[] = [
  {
    id: 'tags',
    header: 'Repository:Tag',
    width: 'minmax(240px, 3fr)',
    cell: (image) => <Tags tags={image.repoTags} />,
  },
  {
    id: 'id',
    header: 'Image ID',
    width: '150px',
    cell: (image) => <ShortId id={image.id} className="text-[12px] text-text-muted" />,
  },
  {
    id: 'size',
    header: 'Size',
    width: '88px',
    align: 'end',
    cell: (image) => (
      <span className="text-text tabular" title={`${image.size.toLocaleString()} bytes`}>
        {formatSize(image.size)}
      </span>
    ),
  },
  createdColumn<ImageSummary>((image) => image.created),
  {
    id: 'used',
    header: 'Used by',
    width: '120px',
    cell: (image) =>
      image.containers > 0 ? (
        <span className="text-text tabular">{plural(image.containers, 'container')}</span>
      ) : (
        <span className="text-text-faint">unused</span>
      ),
  },
];
