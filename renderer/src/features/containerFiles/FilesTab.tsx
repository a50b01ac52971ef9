/**
 * Files: the container's filesystem, read-only, running or stopped, read through the Engine's
 * archive endpoint (no shell or exec, so distroless images work too). Folders open in place with
 * breadcrumbs; a text file opens in the viewer; a file or folder downloads as a tar.
 */
import { useState } from 'react';
import type { ContainerDetail, ContainerDirEntry } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { RefreshIcon } from '../../components/Icons';
import { RelativeTime } from '../../components/RelativeTime';
import { Spinner } from '../../components/Spinner';
import { formatSize, plural } from '../../lib/format';
import { useContainerFiles } from '../containerPage/queries';
import { formatMode } from '../layers/fileMode';
import { DownloadIcon, FileIcon, FolderIcon, LinkIcon } from '../layers/icons';
import { ContainerFileViewer } from './ContainerFileViewer';
import { downloadContainerPath } from './download';
import { baseName, breadcrumbs, parentPath, sortEntries, typeWords } from './paths';

export function FilesTab({ container }: { container: ContainerDetail }) {
  const [path, setPath] = useState('/');
  const [open, setOpen] = useState<string | null>(null);
  const listing = useContainerFiles(container.id, path);
  const entries = listing.data ? sortEntries(listing.data.entries) : [];

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 px-6 py-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <nav aria-label="Folder path" className="min-w-0">
          <ol className="flex flex-wrap items-center gap-0.5 font-mono text-[12.5px]">
            {breadcrumbs(path).map((crumb, i, all) => (
              <li key={crumb.path} className="flex items-center gap-0.5">
                {i > 1 && (
                  <span aria-hidden="true" className="text-text-faint">
                    /
                  </span>
                )}
                {i === all.length - 1 ? (
                  <span aria-current="location" className="rounded px-1 py-0.5 font-semibold text-text">
                    {crumb.name}
                  </span>
                ) : (
                  <button
                    type="button"
                    onClick={() => setPath(crumb.path)}
                    className="rounded px-1 py-0.5 text-accent-text hover:bg-hover hover:underline"
                  >
                    {crumb.name}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <span className="text-[12px] text-text-muted">
          {container.state.running ? 'live, read-only' : `read-only · the container is ${container.state.status}`}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <Button
            size="sm"
            icon={<DownloadIcon size={13} />}
            onClick={() => void downloadContainerPath(container.id, path)}
          >
            Download {path === '/' ? 'everything' : 'folder'} as tar
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<RefreshIcon size={13} />}
            busy={listing.isFetching}
            onClick={() => void listing.refetch()}
          >
            Refresh
          </Button>
        </div>
      </div>
      <div className="flex h-[560px] min-h-0 flex-col overflow-hidden rounded-lg border border-border">
        {listing.isError ? (
          <div role="alert" className="flex flex-col items-center gap-3 px-4 py-10 text-center">
            <p className="text-danger-text">
              Couldn’t open {path}: {listing.error.message}
            </p>
            {path !== '/' && (
              <Button size="sm" onClick={() => setPath(parentPath(path))}>
                Back to {parentPath(path)}
              </Button>
            )}
          </div>
        ) : !listing.data ? (
          <p role="status" className="flex items-center justify-center gap-2 py-16 text-text-muted">
            <Spinner /> Reading {path}…
          </p>
        ) : (
          <>
            <p className="flex h-9 shrink-0 items-center gap-1 border-b border-border bg-surface-sunken/50 px-4 text-[12px] text-text-muted tabular">
              {plural(entries.length, 'entry', 'entries')} in {path}
              {listing.data.truncated && (
                <span className="text-paused-text">
                  · a large folder: the listing stopped early, some entries and folder sizes may be missing
                </span>
              )}
            </p>
            <div className="min-h-0 flex-1 overflow-auto">
              <table
                aria-label={`Files in ${path}`}
                className="w-full min-w-[720px] border-collapse text-left text-[13px]"
              >
                <thead className="sticky top-0 z-10 bg-surface">
                  <tr className="text-[12px] text-text-muted">
                    <th scope="col" className="border-b border-border px-4 py-1.5 font-medium">
                      Name
                    </th>
                    <th scope="col" className="w-[90px] border-b border-border px-2 py-1.5 font-medium">
                      Type
                    </th>
                    <th scope="col" className="w-[90px] border-b border-border px-2 py-1.5 text-right font-medium">
                      Size
                    </th>
                    <th scope="col" className="w-[110px] border-b border-border px-2 py-1.5 font-medium">
                      Mode
                    </th>
                    <th scope="col" className="w-[80px] border-b border-border px-2 py-1.5 font-medium">
                      Owner
                    </th>
                    <th scope="col" className="w-[140px] border-b border-border px-2 py-1.5 font-medium">
                      Modified
                    </th>
                    <th scope="col" className="w-[44px] border-b border-border px-2 py-1.5 font-medium">
                      <span className="sr-only">Download</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {path !== '/' && (
                    <tr className="hover:bg-hover">
                      <td colSpan={7} className="border-b border-border px-4 py-1">
                        <button
                          type="button"
                          onClick={() => setPath(parentPath(path))}
                          className="inline-flex items-center gap-1.5 font-mono text-[12.5px] text-text-muted hover:text-text"
                        >
                          <FolderIcon size={14} className="text-text-faint" />
                          ..<span className="sr-only"> (up to {parentPath(path)})</span>
                        </button>
                      </td>
                    </tr>
                  )}
                  {entries.map((entry) => (
                    <EntryRow
                      key={entry.path}
                      entry={entry}
                      onOpenFolder={setPath}
                      onOpenFile={setOpen}
                      onDownload={(target) => void downloadContainerPath(container.id, target)}
                    />
                  ))}
                  {entries.length === 0 && (
                    <tr>
                      <td colSpan={7} className="py-12 text-center text-text-muted">
                        This folder is empty.
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
      {open && <ContainerFileViewer container={container} path={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

function EntryRow({
  entry,
  onOpenFolder,
  onOpenFile,
  onDownload,
}: {
  entry: ContainerDirEntry;
  onOpenFolder: (path: string) => void;
  onOpenFile: (path: string) => void;
  onDownload: (path: string) => void;
}) {
  const isDir = entry.type === 'dir';
  const opens = isDir || entry.type === 'file' || entry.type === 'hardlink';
  const Icon = isDir ? FolderIcon : entry.type === 'symlink' ? LinkIcon : FileIcon;
  const name = (
    <>
      <Icon size={14} className={`shrink-0 ${isDir ? 'text-accent-text/80' : 'text-text-faint'}`} />
      <span className="truncate">{entry.name}</span>
    </>
  );
  return (
    <tr className="group/row hover:bg-hover">
      <td className="max-w-0 border-b border-border px-4 py-1">
        <span className="flex min-w-0 items-center gap-1.5 font-mono text-[12.5px]">
          {opens ? (
            <button
              type="button"
              onClick={() => (isDir ? onOpenFolder(entry.path) : onOpenFile(entry.path))}
              title={isDir ? `Open ${entry.path}` : `View ${entry.path}`}
              className="flex min-w-0 items-center gap-1.5 rounded text-left text-text hover:text-accent-text hover:underline"
            >
              {name}
            </button>
          ) : (
            <span className="flex min-w-0 items-center gap-1.5 text-text">{name}</span>
          )}
          {entry.link && (
            <span className="truncate text-text-muted" title={entry.link}>
              → {entry.link}
            </span>
          )}
        </span>
      </td>
      <td className="border-b border-border px-2 py-1 text-[12.5px] text-text-muted">{typeWords(entry)}</td>
      <td
        className="border-b border-border px-2 py-1 text-right text-[12.5px] text-text-muted tabular"
        title={`${entry.size.toLocaleString()} bytes`}
      >
        {entry.type === 'symlink' ? '' : formatSize(entry.size)}
      </td>
      <td className="border-b border-border px-2 py-1 font-mono text-[11.5px] text-text-muted">
        {formatMode(entry.mode, entry.type)}
      </td>
      <td className="border-b border-border px-2 py-1 font-mono text-[11.5px] text-text-muted tabular">
        {entry.uid}:{entry.gid}
      </td>
      <td className="border-b border-border px-2 py-1 text-[12.5px] text-text-muted">
        {entry.modified > 0 ? <RelativeTime seconds={entry.modified / 1000} /> : ''}
      </td>
      <td className="border-b border-border px-2 py-1">
        {entry.type !== 'other' && (
          <button
            type="button"
            aria-label={`Download ${baseName(entry.path)} as tar`}
            title={`Download ${entry.path} as tar`}
            onClick={() => onDownload(entry.path)}
            className="inline-flex size-6 items-center justify-center rounded text-text-faint opacity-0 group-hover/row:opacity-100 hover:bg-surface-sunken hover:text-text focus-visible:opacity-100"
          >
            <DownloadIcon size={13} />
          </button>
        )}
      </td>
    </tr>
  );
}
