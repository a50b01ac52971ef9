/** Under the top bar: every tag as a chip, the full ID (copyable), and the image's actions. */
import type { ImageDetail } from '../../../../electron/shared/dto';
import { CopyButton } from '../../components/CopyButton';
import { shortId } from '../../lib/format';
import { ImageActions } from '../imageActions/ImageActions';

export function ImageHeader({ image }: { image: ImageDetail }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-6 pt-4 pb-3">
      <ul aria-label="Tags" className="flex min-w-0 flex-wrap items-center gap-1.5">
        {image.repoTags.length === 0 ? (
          <li className="rounded-md border border-dashed border-border-strong px-2 py-0.5 font-mono text-[12.5px] text-text-muted">
            &lt;none&gt;
          </li>
        ) : (
          image.repoTags.map((tag) => (
            <li
              key={tag}
              className="group/row inline-flex items-center gap-1 rounded-md border border-border bg-surface-sunken py-0.5 pr-0.5 pl-2 font-mono text-[12.5px] text-text"
            >
              {tag}
              <CopyButton value={tag} label={`Copy ${tag}`} />
            </li>
          ))
        )}
      </ul>
      <div className="flex items-center gap-1 text-[12.5px] text-text-muted">
        <span>ID</span>
        <span className="font-mono text-text" title={image.id}>
          {shortId(image.id)}
        </span>
        <CopyButton value={image.id} label="Copy image ID" reveal="always" />
      </div>
      <div className="ml-auto flex items-center gap-2">
        <ImageActions image={image} />
      </div>
    </div>
  );
}
