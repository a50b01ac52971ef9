import { Button } from '../../components/Button';
import { Command, EmptyState } from '../../components/EmptyState';
import { ContainerIcon, SearchIcon } from '../../components/Icons';
import type { ContainerShow } from '../../lib/listSearch';

/** The Engine has no containers at all: what would put some here. */
export function NoContainers() {
  return (
    <EmptyState icon={<ContainerIcon size={20} />} title="No containers yet">
      <p>Containers appear here the moment they are created — from a terminal, or Compose:</p>
      <p className="mt-3 flex flex-col items-center gap-2">
        <Command>docker run hello-world</Command>
        <Command>docker compose up -d</Command>
      </p>
      <p className="mt-3 text-[12.5px]">Compose projects show as groups you can start and stop together.</p>
    </EmptyState>
  );
}

const SHOW_WORDS: Record<Exclude<ContainerShow, 'all'>, string> = {
  running: 'running containers',
  paused: 'paused containers',
  stopped: 'stopped containers',
};

/** Nothing matches the text or state filter: say which, and offer to clear both. */
export function NoMatches({ q, show, onClear }: { q: string; show: ContainerShow; onClear: () => void }) {
  const among = show === 'all' ? '' : ` among ${SHOW_WORDS[show]}`;
  return (
    <EmptyState
      icon={<SearchIcon size={20} />}
      title="No matching containers"
      action={<Button onClick={onClear}>{q && show !== 'all' ? 'Clear filters' : 'Clear filter'}</Button>}
    >
      <p>
        {q
          ? `Nothing matches “${q}” in names, images, IDs, status or compose project${among}.`
          : `There are no ${show === 'all' ? 'containers' : SHOW_WORDS[show]}.`}
      </p>
    </EmptyState>
  );
}
