/** Log channels: follow a container's log (a stream of line batches), and prepare a download of it. */
import { logFileName, openLogText } from '../../engine/logs/download';
import { followLogs } from '../../engine/logs/follow';
import { logTarget } from '../../engine/logs/logRequest';
import { engineLogTime } from '../../engine/logs/logTime';
import type { DownloadTickets } from '../downloads';
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

export function logInvokeHandlers(scope: EngineScope, tickets: DownloadTickets): Pick<InvokeHandlers, 'logs.download'> {
  return {
    'logs.download': async ({ id, since, until, timestamps }) => {
      // Checked now, so a missing container or an unreadable driver is said here, not as a failed file.
      for (const time of [since, until]) if (time !== undefined) engineLogTime(time);
      const target = await logTarget(scope.engine, id);
      const fileName = logFileName(target);
      const { ticket, expiresAt } = tickets.issue(async () => ({
        fileName,
        contentType: 'text/plain; charset=utf-8',
        body: await openLogText(scope.engine, target, { since, until, timestamps }),
      }));
      return { url: `downloads/${ticket}`, fileName, expiresAt };
    },
  };
}

export function logStreamHandlers(scope: EngineScope): Pick<StreamHandlers, 'logs.follow'> {
  return {
    'logs.follow': (input, emit, signal) => followLogs(scope.engine, input, emit, signal),
  };
}
