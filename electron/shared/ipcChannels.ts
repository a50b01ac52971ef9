/**
 * The Electron IPC wire: the only six channel names that cross ipcMain/ipcRenderer. They carry the
 * contract's invoke/subscribe messages as arguments; contract channel names travel as data inside
 * them, so the renderer never gets to pick an IPC channel. Written once, here, for main and preload.
 */
export const IPC = {
  /** renderer → main, ipcRenderer.invoke(invoke, channel, input) → Envelope */
  invoke: 'gantry:invoke',
  /** renderer → main, send(subscribe, subscriptionId, channel, input) */
  subscribe: 'gantry:subscribe',
  /** renderer → main, send(unsubscribe, subscriptionId) */
  unsubscribe: 'gantry:unsubscribe',
  /** renderer → main, send(send, subscriptionId, message): a message for an open duplex stream */
  send: 'gantry:send',
  /** main → renderer, send(event, subscriptionId, data) */
  event: 'gantry:event',
  /** main → renderer, send(end, subscriptionId, error?) */
  end: 'gantry:end',
} as const;

export type IpcWireChannel = (typeof IPC)[keyof typeof IPC];
