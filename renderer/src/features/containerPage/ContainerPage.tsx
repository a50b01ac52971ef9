/**
 * One container's page, `#/containers/<id>?tab=…`: the header (name, ID, state, actions) and its
 * tabs — Overview, Logs, Stats, Terminal, Environment, Mounts & network, Processes, Size, Changes, Files, Inspect JSON.
 * The container comes from `containers.inspect`; the tab is kept in the URL. A container removed
 * meanwhile (NOT_FOUND) says so, with the way back to the list.
 */
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useId, type ReactNode } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EmptyState } from '../../components/EmptyState';
import { ContainerIcon } from '../../components/Icons';
import { ListError } from '../../components/ListError';
import { isApiRequestError } from '../../lib/apiError';
import { shortId } from '../../lib/format';
import { ChangesTab } from '../containerFiles/ChangesTab';
import { ContainerLogsTab } from '../logs/ContainerLogsTab';
import { ContainerStatsTab } from '../stats/ContainerStatsTab';
import { TerminalTab } from '../terminal/TerminalTab';
import { FilesTab } from '../containerFiles/FilesTab';
import { panelId, tabId, Tabs, type TabDef } from '../imagePage/Tabs';
import { LINK_BUTTON } from '../../components/BackLink';
import { BackToContainers } from './BackToContainers';
import { ContainerHeader } from './ContainerHeader';
import { EnvironmentTab } from './EnvironmentTab';
import { InspectJson } from '../../components/InspectJson';
import { MountsTab } from './MountsTab';
import { OverviewTab } from './OverviewTab';
import { ProcessesTab } from './ProcessesTab';
import { useContainerDetail, useFollowContainer } from './queries';
import type { ContainerTab } from './search';
import { SizeTab } from './SizeTab';

const route = getRouteApi('/containers/$containerId');

const TABS: readonly TabDef<ContainerTab>[] = [
  { value: 'overview', label: 'Overview' },
  { value: 'logs', label: 'Logs' },
  { value: 'stats', label: 'Stats' },
  { value: 'terminal', label: 'Terminal' },
  { value: 'environment', label: 'Environment' },
  { value: 'mounts', label: 'Mounts & network' },
  { value: 'processes', label: 'Processes' },
  { value: 'size', label: 'Size' },
  { value: 'changes', label: 'Changes' },
  { value: 'files', label: 'Files' },
  { value: 'inspect', label: 'Inspect JSON' },
];

export function ContainerPage() {
  const { containerId } = route.useParams();
  const query = useContainerDetail(containerId);
  const container = query.data;
  useFollowContainer(containerId, container?.id);
  const notFound = isApiRequestError(query.error) && query.error.code === 'NOT_FOUND';
  const name = container?.name ?? (/^[0-9a-f]{13,}$/.test(containerId) ? shortId(containerId) : containerId);
  useDocumentTitle(`${name} — Containers`);

  let body: ReactNode;
  if (notFound) {
    // First: a container removed while its page is open must not keep showing its old data.
    body = (
      <EmptyState
        icon={<ContainerIcon size={20} />}
        title="This container no longer exists"
        action={
          <Link to="/containers" className={LINK_BUTTON}>
            Back to containers
          </Link>
        }
      >
        <p>
          No container on this Engine is called <span className="font-mono break-all">{name}</span>. It may have been
          removed, here or outside Gantry.
        </p>
      </EmptyState>
    );
  } else if (container) {
    // Keyed: another container starts with its own tab state.
    body = <ContainerView key={container.id} container={container} />;
  } else if (query.isError) {
    body = (
      <ListError
        what="the container"
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = <DetailSkeleton />;
  }

  return (
    <>
      <TopBar
        title={name}
        back={
          <BackToContainers>
            Back<span className="sr-only"> to containers</span>
          </BackToContainers>
        }
      />
      <main className="min-h-0 flex-1 overflow-auto bg-surface">{body}</main>
    </>
  );
}

function ContainerView({ container }: { container: ContainerDetail }) {
  const id = useId();
  const tab: ContainerTab = route.useSearch().tab ?? 'overview';
  const navigate = route.useNavigate();
  const setTab = useCallback(
    (next: ContainerTab) => void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true }),
    [navigate],
  );
  return (
    <div className="flex min-h-full flex-col">
      <ContainerHeader container={container} />
      <Tabs id={id} label="Container" tabs={TABS} value={tab} onChange={setTab} />
      <div
        role="tabpanel"
        id={panelId(id, tab)}
        aria-labelledby={tabId(id, tab)}
        className="flex min-h-0 flex-1 flex-col"
      >
        {tab === 'overview' && <OverviewTab container={container} />}
        {tab === 'logs' && <ContainerLogsTab container={container} />}
        {tab === 'stats' && <ContainerStatsTab container={container} />}
        {tab === 'terminal' && <TerminalTab container={container} />}
        {tab === 'environment' && <EnvironmentTab container={container} />}
        {tab === 'mounts' && <MountsTab container={container} />}
        {tab === 'processes' && <ProcessesTab container={container} />}
        {tab === 'size' && <SizeTab container={container} />}
        {tab === 'changes' && <ChangesTab container={container} />}
        {tab === 'files' && <FilesTab container={container} />}
        {tab === 'inspect' && <InspectJson raw={container.raw} command="docker container inspect" />}
      </div>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col">
      <div className="flex gap-2 px-6 pt-4 pb-3">
        <div className="animate-shimmer h-6 w-40 rounded-md bg-surface-sunken" />
        <div className="animate-shimmer h-6 w-24 rounded-md bg-surface-sunken" />
      </div>
      <div className="flex gap-5 border-b border-border px-6 pb-2">
        {[16, 24, 28, 20, 12, 18, 12, 24].map((width, i) => (
          <div key={i} className="animate-shimmer h-5 rounded bg-surface-sunken" style={{ width: width * 4 }} />
        ))}
      </div>
      <div className="mx-auto flex w-full max-w-[1080px] flex-col gap-6 px-6 py-5">
        <div className="animate-shimmer h-[180px] rounded-lg bg-surface-sunken" />
        <div className="animate-shimmer h-[120px] rounded-lg bg-surface-sunken" />
      </div>
    </div>
  );
}
