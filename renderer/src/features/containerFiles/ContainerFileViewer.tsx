/** One file of a container in the layer file viewer (the same dialog, read through `containers.file`). */
import type { ContainerDetail, ContainerFileContent } from '../../../../electron/shared/dto';
import { toFileViewState } from '../imagePage/mapping';
import { FileViewer, type FileViewState } from '../layers';
import { useContainerFile } from '../containerPage/queries';
import { downloadContainerPath } from './download';

/** The viewer's cap: the backend sends at most the first MiB of a file. */
export const VIEW_LIMIT_BYTES = 1024 * 1024;

export function fileViewState(content: ContainerFileContent): FileViewState {
  // Same shape as a layer file's content, minus the layer.
  return toFileViewState({ ...content, layer: 0 });
}

export function ContainerFileViewer({
  container,
  path,
  onClose,
}: {
  container: Pick<ContainerDetail, 'id' | 'name'>;
  path: string;
  onClose: () => void;
}) {
  const file = useContainerFile(container.id, path);
  return (
    <FileViewer
      path={path}
      layerLabel={`In container ${container.name} · read-only`}
      limitBytes={VIEW_LIMIT_BYTES}
      state={
        file.isError
          ? { kind: 'error', message: file.error.message }
          : file.data
            ? fileViewState(file.data)
            : { kind: 'loading' }
      }
      onDownload={() => void downloadContainerPath(container.id, path)}
      onClose={onClose}
    />
  );
}
