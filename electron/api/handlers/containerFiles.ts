/** A container's writable layer: its changes (docker diff) and its files (archive endpoint). */
import { downloadArchive } from '../../engine/containerFiles/archiveDownload';
import { containerChanges } from '../../engine/containerFiles/changes';
import { readContainerFile } from '../../engine/containerFiles/fileRead';
import { listFolder } from '../../engine/containerFiles/folderListing';
import type { InvokeHandlers } from '../router';
import type { EngineScope } from '../scope';

export function containerFileInvokeHandlers(
  scope: EngineScope,
): Pick<InvokeHandlers, 'containers.changes' | 'containers.files' | 'containers.file' | 'containers.archive'> {
  return {
    'containers.changes': ({ id }) => containerChanges(scope.engine, id),
    'containers.files': ({ id, path }) => listFolder(scope.engine, id, path),
    'containers.file': ({ id, path }) => readContainerFile(scope.engine, id, path),
    'containers.archive': ({ id, path }) => downloadArchive(scope.engine, id, path),
  };
}
