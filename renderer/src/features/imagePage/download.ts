/** Saves a file from a layer: `layers.file` purpose 'download', then saved as a file. */
import { showToast } from '../../components/toastStore';
import { saveFile } from '../../lib/saveFile';
import { api } from '../../lib/transport';
import { baseName, downloadBytes } from './mapping';

export async function downloadLayerFile(imageId: string, layer: number, path: string): Promise<void> {
  try {
    const content = await api.invoke('layers.file', { imageId, layer, path, purpose: 'download' });
    saveFile(downloadBytes(content), 'application/octet-stream', baseName(path));
  } catch (error) {
    showToast({ tone: 'error', title: `Couldn't download ${baseName(path)}`, message: (error as Error).message });
  }
}
