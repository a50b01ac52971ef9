/** Saves a file or folder of a container as a tar: `containers.archive` → a Blob → an <a download>. */
import { showToast } from '../../components/toastStore';
import { api } from '../../lib/transport';
import { decodeBase64 } from '../imagePage/mapping';

export async function downloadContainerPath(id: string, path: string): Promise<void> {
  try {
    const archive = await api.invoke('containers.archive', { id, path });
    const blob = new Blob([decodeBase64(archive.base64)], { type: 'application/x-tar' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = archive.fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The click starts the download synchronously; the URL can go on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  } catch (error) {
    showToast({ tone: 'error', title: `Couldn't download ${path}`, message: (error as Error).message });
  }
}
