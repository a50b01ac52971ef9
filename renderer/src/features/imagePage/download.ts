/** Saves a file from a layer: `layers.file` purpose 'download', a Blob, an <a download>, the URL revoked after. */
import { showToast } from '../../components/toastStore';
import { api } from '../../lib/transport';
import { baseName, downloadBytes } from './mapping';

export async function downloadLayerFile(imageId: string, layer: number, path: string): Promise<void> {
  try {
    const content = await api.invoke('layers.file', { imageId, layer, path, purpose: 'download' });
    const blob = new Blob([downloadBytes(content)], { type: 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = baseName(path);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The click starts the download synchronously; the URL can go on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  } catch (error) {
    showToast({ tone: 'error', title: `Couldn't download ${baseName(path)}`, message: (error as Error).message });
  }
}
