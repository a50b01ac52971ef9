/**
 * `docker top` of a running container, refreshed every ~2 s while this tab shows and the window is
 * visible (the query polls only while mounted and running). A stopped container has no processes.
 */
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { EmptyState } from '../../components/EmptyState';
import { ContainerIcon } from '../../components/Icons';
import { Spinner } from '../../components/Spinner';
import { plural } from '../../lib/format';
import { Section, TABLE, TD, TH } from './facts';
import { TOP_INTERVAL_MS, useContainerTop } from './queries';

export function ProcessesTab({ container }: { container: ContainerDetail }) {
  const running = container.state.running && !container.state.paused;
  const top = useContainerTop(container.id, container.state.running);
  if (!container.state.running) {
    return (
      <EmptyState icon={<ContainerIcon size={20} />} title="No processes">
        <p>The container is {container.state.status}: nothing runs in it. Start it to see its processes.</p>
      </EmptyState>
    );
  }
  const data = top.data;
  return (
    <div className="flex max-w-[1120px] flex-col gap-3 px-6 py-5">
      <Section
        title="Processes"
        aside={
          data
            ? `${plural(data.processes.length, 'process', 'processes')} · ${
                running ? `refreshed every ${TOP_INTERVAL_MS / 1000} s` : 'paused: frozen until resumed'
              }`
            : undefined
        }
        actions={top.isFetching ? <Spinner className="text-text-faint" /> : null}
      >
        {top.isError ? (
          <p role="alert" className="text-danger-text">
            Couldn’t list the processes: {top.error.message}
          </p>
        ) : !data ? (
          <p className="flex items-center gap-2 text-text-muted">
            <Spinner /> Asking the Engine…
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-border">
            <table aria-label="Processes" className={`${TABLE} -mb-px`}>
              <thead>
                <tr>
                  {data.titles.map((title) => (
                    <th key={title} scope="col" className={`${TH} whitespace-nowrap`}>
                      {title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.processes.map((row, i) => (
                  <tr key={`${row[1] ?? i}-${i}`}>
                    {row.map((cell, column) => (
                      <td
                        key={column}
                        className={`${TD} font-mono text-[12px] ${column === row.length - 1 ? 'break-all' : 'whitespace-nowrap tabular'}`}
                      >
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
