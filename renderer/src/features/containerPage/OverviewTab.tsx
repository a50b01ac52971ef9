/** The overview: what the container runs, from which image, its state and history, health, limits. */
import { Link } from '@tanstack/react-router';
import type { ContainerDetail, HealthCheckRun } from '../../../../electron/shared/dto';
import { CopyButton } from '../../components/CopyButton';
import { StateBadge } from '../../components/StateBadge';
import { formatArgv } from '../imagePage/mapping';
import { Code, Fact, Facts, IsoTime, None, Section, TABLE, TD, TH } from './facts';
import { HealthBadge } from './HealthBadge';
import { limitRows, restartPolicyWords } from './limits';

export function OverviewTab({ container }: { container: ContainerDetail }) {
  const { state } = container;
  const command = formatArgv([container.path, ...container.args].filter((part) => part !== ''));
  return (
    <div className="flex max-w-[1120px] flex-col gap-7 px-6 py-5">
      <Section title="Details">
        <Facts>
          <Fact label="Container ID" wide>
            <span className="flex min-w-0 items-center gap-1">
              <span className="truncate font-mono text-[12.5px]">{container.id}</span>
              <CopyButton value={container.id} label="Copy full container ID" reveal="always" />
            </span>
          </Fact>
          <Fact label="Image" wide>
            <Link
              to="/images/$imageId"
              params={{ imageId: container.imageId.replace(/^sha256:/, '') }}
              search={{}}
              className="font-mono text-[12.5px] text-accent-text hover:underline"
            >
              {container.image}
            </Link>
            <span className="ml-2 font-mono text-[12px] text-text-muted" title={container.imageId}>
              {container.imageId.replace(/^sha256:/, '').slice(0, 12)}
            </span>
          </Fact>
          <Fact label="Command" wide>
            <span className="flex min-w-0 items-start gap-1">
              <Code>{command || '—'}</Code>
              {command && <CopyButton value={command} label="Copy command" reveal="always" />}
            </span>
          </Fact>
          <Fact label="Entrypoint">
            {container.entrypoint?.length ? <Code>{formatArgv(container.entrypoint)}</Code> : <None />}
          </Fact>
          <Fact label="Arguments (CMD)">
            {container.cmd?.length ? <Code>{formatArgv(container.cmd)}</Code> : <None />}
          </Fact>
          <Fact label="Working dir">{container.workingDir ? <Code>{container.workingDir}</Code> : <None>/</None>}</Fact>
          <Fact label="User">{container.user ? <Code>{container.user}</Code> : <None>root (image default)</None>}</Fact>
          <Fact label="Hostname">{container.hostname ? <Code>{container.hostname}</Code> : <None />}</Fact>
          <Fact label="Created">
            <IsoTime iso={container.created} />
          </Fact>
          {container.composeProject && (
            <Fact label="Compose" wide>
              project <span className="font-mono text-[12.5px]">{container.composeProject}</span>
              {container.composeService && (
                <>
                  , service <span className="font-mono text-[12.5px]">{container.composeService}</span>
                </>
              )}
            </Fact>
          )}
        </Facts>
      </Section>

      <Section title="State">
        <Facts>
          <Fact label="Status">
            <span className="inline-flex items-center gap-1.5">
              <StateBadge state={state.status} />
              {state.status === 'exited' && <span className="tabular">exit code {state.exitCode}</span>}
            </span>
          </Fact>
          <Fact label="Process ID">{state.pid > 0 ? <span className="tabular">{state.pid}</span> : <None />}</Fact>
          <Fact label="Started">
            <IsoTime iso={state.startedAt} />
          </Fact>
          <Fact label="Finished">
            <IsoTime iso={state.finishedAt} never={state.running ? 'still running' : 'never'} />
          </Fact>
          <Fact label="Out of memory">
            {state.oomKilled ? (
              <span className="font-medium text-danger-text">Yes — the kernel killed it for using too much memory</span>
            ) : (
              'No'
            )}
          </Fact>
          <Fact label="Restarts">
            <span className="tabular">{container.restartCount}</span>
            <span className="text-text-muted"> · policy {restartPolicyWords(container.limits.restartPolicy)}</span>
          </Fact>
          {state.error && (
            <Fact label="Last error" wide>
              <span className="text-danger-text">{state.error}</span>
            </Fact>
          )}
        </Facts>
      </Section>

      {state.health && state.health.status !== 'none' && (
        <Section
          title="Health check"
          aside={
            state.health.failingStreak > 0
              ? `failed ${state.health.failingStreak} time${state.health.failingStreak === 1 ? '' : 's'} in a row`
              : undefined
          }
          actions={<HealthBadge health={state.health.status} />}
        >
          <HealthLog runs={state.health.log} />
        </Section>
      )}

      <Section title="Resource limits" aside="as docker run sets them">
        <Facts label="Resource limits">
          {limitRows(container.limits).map((row, i, rows) => (
            // An odd last one spans the row (no half-drawn cell).
            <Fact key={row.label} label={row.label} wide={i === rows.length - 1 && rows.length % 2 === 1}>
              <span className={row.value.startsWith('unlimited') ? 'text-text-muted' : 'tabular'}>{row.value}</span>
              <span className="ml-2 font-mono text-[11.5px] text-text-faint">{row.flag}</span>
            </Fact>
          ))}
        </Facts>
      </Section>
    </div>
  );
}

function HealthLog({ runs }: { runs: readonly HealthCheckRun[] }) {
  if (runs.length === 0) return <p className="text-text-muted">The check has not run yet.</p>;
  // Newest first: the last run is what people look for.
  const newest = [...runs].reverse();
  return (
    <div className="overflow-hidden rounded-lg border border-border">
      <table aria-label="Health check log" className={`${TABLE} -mb-px`}>
        <thead>
          <tr>
            <th className={`${TH} w-[170px]`}>Ran</th>
            <th className={`${TH} w-[90px]`}>Exit code</th>
            <th className={TH}>Output</th>
          </tr>
        </thead>
        <tbody>
          {newest.map((run) => (
            <tr key={run.start}>
              <td className={`${TD} text-text-muted`}>
                <IsoTime iso={run.start} />
              </td>
              <td className={`${TD} tabular ${run.exitCode === 0 ? 'text-running-text' : 'text-danger-text'}`}>
                {run.exitCode}
              </td>
              <td className={TD}>
                <Code>{run.output.trim() || '(no output)'}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
