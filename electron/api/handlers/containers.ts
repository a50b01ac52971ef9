/** Container channels: the list, lifecycle actions, one container whole, sizes, processes. */
import {
  killContainer,
  pauseContainer,
  renameContainer,
  restartContainer,
  startContainer,
  stopContainer,
  unpauseContainer,
} from '../../engine/containerActions';
import { inspectContainer } from '../../engine/containerDetail';
import { commitContainer, removeContainer } from '../../engine/containerRemoval';
import { containerSize, containerSizesTask } from '../../engine/containerSizes';
import { containerProcesses } from '../../engine/containerTop';
import type { InvokeHandlers, StreamHandlers } from '../router';
import type { EngineScope } from '../scope';

type ContainerChannels =
  | 'containers.list'
  | 'containers.start'
  | 'containers.stop'
  | 'containers.restart'
  | 'containers.pause'
  | 'containers.unpause'
  | 'containers.kill'
  | 'containers.rename'
  | 'containers.remove'
  | 'containers.commit'
  | 'containers.inspect'
  | 'containers.size'
  | 'containers.top';

export function containerInvokeHandlers(scope: EngineScope): Pick<InvokeHandlers, ContainerChannels> {
  const { engine } = scope;
  return {
    'containers.list': () => scope.containers.list(),
    'containers.start': ({ id }) => startContainer(engine, id),
    'containers.stop': ({ id, timeoutSeconds }) => stopContainer(engine, id, timeoutSeconds),
    'containers.restart': ({ id, timeoutSeconds }) => restartContainer(engine, id, timeoutSeconds),
    'containers.pause': ({ id }) => pauseContainer(engine, id),
    'containers.unpause': ({ id }) => unpauseContainer(engine, id),
    'containers.kill': ({ id, signal }) => killContainer(engine, id, signal),
    'containers.rename': ({ id, name }) => renameContainer(engine, id, name),
    'containers.remove': (input) => removeContainer(engine, input),
    'containers.commit': (input) => commitContainer(engine, input),
    'containers.inspect': ({ id }) => inspectContainer(engine, id),
    'containers.size': ({ id }) => containerSize(engine, id),
    'containers.top': ({ id }) => containerProcesses(engine, id),
  };
}

export function containerStreamHandlers(scope: EngineScope): Pick<StreamHandlers, 'containers.sizes'> {
  return {
    'containers.sizes': async (_input, emit, signal) => {
      if (signal.aborted) return;
      const task = containerSizesTask(scope.tasks, scope.engine, async () => (await scope.containers.list()).length);
      const elapsedMs = () => Date.now() - task.startedAt;
      // Attach to the run (started now, or by another page); closing detaches, and the last one
      // to go cancels it, which closes the Engine request.
      await new Promise<void>((resolve, reject) => {
        const detach = task.attach({
          progress: (progress) => {
            if (progress.phase === 'measuring')
              emit({ kind: 'progress', elapsedMs: elapsedMs(), containers: progress.total });
          },
          done: (sizes) => {
            emit({ kind: 'done', sizes, elapsedMs: elapsedMs() });
            resolve();
          },
          fail: reject,
        });
        signal.addEventListener(
          'abort',
          () => {
            detach();
            resolve();
          },
          { once: true },
        );
      });
    },
  };
}
