/** Saves a file or folder of a container as a tar: `containers.archive`, then saved as a file. */
import { showToast } from '../../components/toastStore';
import { saveFile } from '../../lib/saveFile';
import { api } from '../../lib/transport';
import { decodeBase64 } from '../imagePage/mapping';

export async function downloadContainerPath(id: string, path: string): Promise<void> {
  try {
    const archive = await api.invoke('containers.archive', { id, path });
    saveFile(decodeBase64(archive.base64), 'application/x-tar', archive.fileName);
  } catch (error) {
    showToast({ tone: 'error', title: `Couldn't download ${path}`, message: (error as Error).message });
  }
}
