/**
 * The logs page, `#/logs?ids=<id1>,<id2>`: the logs of several containers interleaved by time,
 * each line labelled and coloured by its container (from a compose project's "Logs" or a
 * selection's). Without containers in the URL it offers to choose some.
 */
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ContainerIcon } from '../../components/Icons';
import { StateBadge } from '../../components/StateBadge';
import { shortId } from '../../lib/format';
import { useContainers } from '../containers/useContainers';
import type { LogSource } from './logFeed';
import { LogViewer } from './LogViewer';
import { logIds } from './search';

const route = getRouteApi('/logs');

export function LogsPage() {
  const { ids } = route.useSearch();
  const wanted = useMemo(() => logIds(ids), [ids]);
  const containers = useContainers().data;
  const sources = useMemo<LogSource[]>(
    () =>
      wanted.map((id) => {
        const found = containers?.find((c) => c.id === id || c.id.startsWith(id) || c.name === id);
        return { id: found?.id ?? id, name: found?.name ?? (/^[0-9a-f]{13,}$/.test(id) ? shortId(id) : id) };
      }),
    [wanted, containers],
  );
  // Names come with the list; wait for it so the streams are not opened twice (IDs, then names).
  const ready = wanted.length > 0 && containers !== undefined;
  const title = ready ? sources.map((s) => s.name).join(', ') : 'Logs';
  useDocumentTitle(`${title} — Logs`);

  return (
    <>
      <TopBar
        title="Logs"
        summary={
          ready ? `${sources.length} ${sources.length === 1 ? 'container' : 'containers'}, merged by time` : undefined
        }
      />
      <main className="flex min-h-0 flex-1 flex-col bg-surface">
        {wanted.length === 0 ? (
          <ChooseContainers containers={containers} />
        ) : ready ? (
          <>
            <SourceLegend sources={sources} />
            <LogViewer key={sources.map((s) => s.id).join(',')} sources={sources} label={`Logs of ${title}`} />
          </>
        ) : (
          <p role="status" className="px-6 py-6 text-text-muted">
            Finding the containers…
          </p>
        )}
      </main>
    </>
  );
}

/** Which colour is which container. */
function SourceLegend({ sources }: { sources: readonly LogSource[] }) {
  return (
    <ul
      aria-label="Containers"
      className="log-palette flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-border px-4 py-2 text-[12.5px]"
    >
      {sources.map((source, index) => (
        <li key={source.id} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`log-source-${index % 8} text-[10px]`}>
            ●
          </span>
          <Link
            to="/containers/$containerId"
            params={{ containerId: source.id }}
            className={`log-source-${index % 8} font-mono font-medium hover:underline`}
          >
            {source.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ChooseContainers({ containers }: { containers: readonly ContainerSummary[] | undefined }) {
  const navigate = route.useNavigate();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  if (containers && containers.length === 0)
    return (
      <EmptyState icon={<ContainerIcon size={20} />} title="No containers">
        <p>Logs appear here once the Engine runs a container.</p>
      </EmptyState>
    );
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-3 px-6 py-6">
      <div>
        <h2 className="text-[14px] font-semibold text-text">Follow the logs of several containers</h2>
        <p className="text-[12.5px] text-text-muted">
          Their lines are merged by time, each labelled with its container. Or open a compose project’s Logs from the
          containers list.
        </p>
      </div>
      <ul aria-label="Containers" className="flex flex-col divide-y divide-border rounded-lg border border-border">
        {(containers ?? []).map((c) => (
          <li key={c.id}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 hover:bg-hover">
              <input
                type="checkbox"
                checked={chosen.has(c.id)}
                onChange={() => toggle(c.id)}
                className="size-3.5 accent-accent"
              />
              <span className="min-w-0 flex-1 truncate font-mono text-[12.5px] text-text">{c.name}</span>
              <StateBadge state={c.state} />
            </label>
          </li>
        ))}
      </ul>
      <div>
        <Button
          variant="primary"
          disabled={chosen.size === 0}
          onClick={() => void navigate({ search: { ids: [...chosen].join(',') } })}
        >
          Show logs
        </Button>
      </div>
    </div>
  );
}
