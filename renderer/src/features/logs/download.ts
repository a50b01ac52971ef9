/**
 * Download a container's log: the backend prepares a one-time URL (`logs.download`) and streams the
 * Engine's log into the response when the page fetches it, so the file holds the whole log or the
 * range — not what the window happens to keep — and nothing passes through the renderer's memory.
 */
import { showToast } from '../../components/toastStore';
import { api } from '../../lib/transport';
import type { LogTime } from './timeRange';

export async function downloadLog(
  id: string,
  name: string,
  range: { since?: LogTime; until?: LogTime; timestamps: boolean },
): Promise<void> {
  try {
    const { url, fileName } = await api.invoke('logs.download', {
      id,
      timestamps: range.timestamps,
      ...(range.since !== undefined ? { since: range.since } : {}),
      ...(range.until !== undefined ? { until: range.until } : {}),
    });
    const link = document.createElement('a');
    // Relative to the page: the same origin serves downloads/<ticket> in both transports.
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } catch (error) {
    showToast({ tone: 'error', title: `Couldn't download the log of ${name}`, message: (error as Error).message });
  }
}
