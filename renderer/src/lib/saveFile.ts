/**
 * Saves bytes the API returned as a file: a Blob, an <a download> clicked, the object URL revoked
 * after. For the layer explorer's file download and a container's tar download.
 */
export function saveFile(bytes: Uint8Array<ArrayBuffer>, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
