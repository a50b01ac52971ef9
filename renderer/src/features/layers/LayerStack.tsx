/**
 * An image's build history as a stack, oldest step first: the instruction, when, how big (a bar
 * linear to the largest layer), which layers other local images share; the base image's steps
 * folded under one header. A listbox: click a layer, or move with Up/Down and press Enter.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { RelativeTime } from '../../components/RelativeTime';
import { formatSize, plural } from '../../lib/format';
import { ChevronIcon, LayersIcon } from './icons';
import { barPercent, groupSteps, sharedLabel, type LayerStep } from './layerStack';

export type { LayerStep } from './layerStack';

export interface LayerStackProps {
  /** Oldest first. */
  steps: readonly LayerStep[];
  /** The image these steps were built FROM, when known. */
  baseImage: { name: string } | null;
  /** The selected layer's index (LayerStep.layerIndex), or null. */
  selectedLayer: number | null;
  onSelect: (layerIndex: number) => void;
}

const GRID = 'grid grid-cols-[76px_minmax(0,1fr)_150px_64px_120px] items-center gap-x-3';

export function LayerStack({ steps, baseImage, selectedLayer, onSelect }: LayerStackProps) {
  const id = useId();
  const groups = useMemo(() => groupSteps(steps), [steps]);
  const largest = useMemo(() => steps.reduce((max, step) => Math.max(max, step.size), 0), [steps]);
  const selectedInBase = groups.base.some((step) => step.layerIndex !== null && step.layerIndex === selectedLayer);
  const [baseOpen, setBaseOpen] = useState(selectedInBase);
  const showBase = baseOpen || selectedInBase;
  const [active, setActive] = useState<number | null>(selectedLayer);
  // When the parent selects another layer (a search result, a wasted path), the cursor follows.
  const [seenSelected, setSeenSelected] = useState(selectedLayer);
  if (seenSelected !== selectedLayer) {
    setSeenSelected(selectedLayer);
    setActive(selectedLayer);
  }

  // The options Up/Down walk through: layer steps that are on screen.
  const navigable = useMemo(
    () =>
      [...(showBase ? groups.base : []), ...groups.own]
        .map((step) => step.layerIndex)
        .filter((index): index is number => index !== null),
    [groups, showBase],
  );
  const current = active !== null && navigable.includes(active) ? active : (selectedLayer ?? navigable[0] ?? null);
  const optionId = (layerIndex: number) => `${id}-layer-${layerIndex}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = current === null ? -1 : navigable.indexOf(current);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = navigable[Math.min(navigable.length - 1, at + 1)];
    else if (event.key === 'ArrowUp') next = navigable[Math.max(0, at - 1)];
    else if (event.key === 'Home') next = navigable[0];
    else if (event.key === 'End') next = navigable[navigable.length - 1];
    else if ((event.key === 'Enter' || event.key === ' ') && current !== null) {
      event.preventDefault();
      onSelect(current);
      return;
    } else return;
    event.preventDefault();
    if (next === undefined) return;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const row = (step: LayerStep, position: number) => (
    <StepRow
      key={`${position}`}
      step={step}
      largest={largest}
      optionId={step.layerIndex === null ? undefined : optionId(step.layerIndex)}
      selected={step.layerIndex !== null && step.layerIndex === selectedLayer}
      active={step.layerIndex !== null && step.layerIndex === current}
      onSelect={onSelect}
    />
  );

  if (steps.length === 0) {
    return <p className="px-4 py-6 text-center text-text-muted">This image has no build history.</p>;
  }

  return (
    <div className="flex flex-col">
      <div
        className={`${GRID} h-8 border-b border-border px-4 text-[12px] font-medium text-text-muted`}
        aria-hidden="true"
      >
        <span>Step</span>
        <span>Instruction</span>
        <span>Relative size</span>
        <span className="text-right">Size</span>
        <span>Created</span>
      </div>
      {/* The base's toggle sits before the listbox: a listbox holds only options and groups of them. */}
      {groups.base.length > 0 && (
        <button
          type="button"
          id={`${id}-base`}
          aria-expanded={showBase}
          onClick={() => setBaseOpen(!showBase)}
          className="flex h-9 w-full items-center gap-2 border-b border-border/70 bg-surface-sunken/60 px-4 text-left hover:bg-hover"
        >
          <ChevronIcon size={14} className={`text-text-faint transition-transform ${showBase ? 'rotate-90' : ''}`} />
          <LayersIcon size={14} className="text-text-faint" />
          <span className="text-text-muted">Base image</span>
          <span className="truncate font-mono text-[12px] font-medium text-text">{baseImage?.name ?? 'unknown'}</span>
          <span className="ml-auto shrink-0 text-[12px] text-text-muted tabular">
            {plural(groups.base.length, 'step')} · {formatSize(groups.baseBytes)}
          </span>
        </button>
      )}
      <div
        role="listbox"
        aria-label="Build steps"
        tabIndex={0}
        aria-activedescendant={current === null ? undefined : optionId(current)}
        onKeyDown={onKeyDown}
        className="group/list flex flex-col outline-offset-[-2px] focus-visible:outline-2"
      >
        {groups.base.length > 0 && (
          <div role="group" aria-labelledby={`${id}-base`}>
            {showBase && groups.base.map(row)}
          </div>
        )}
        {groups.own.map((step, i) => row(step, groups.base.length + i))}
      </div>
    </div>
  );
}

interface StepRowProps {
  step: LayerStep;
  largest: number;
  optionId: string | undefined;
  selected: boolean;
  active: boolean;
  onSelect: (layerIndex: number) => void;
}

function StepRow({ step, largest, optionId, selected, active, onSelect }: StepRowProps) {
  const layer = step.layerIndex;
  const shared = sharedLabel(step.sharedWith);
  const full = `${step.instruction} ${step.text}`;
  if (layer === null) {
    return (
      <div
        role="option"
        aria-selected={false}
        aria-disabled="true"
        className={`${GRID} h-8 border-b border-border/50 px-4 text-text-faint ${step.inBase ? 'bg-surface-sunken/40' : ''}`}
      >
        <Keyword word={step.instruction} muted />
        <span className="truncate font-mono text-[12px]" title={full}>
          {step.text}
        </span>
        <span className="text-[11.5px] italic">no layer</span>
        <span />
        <span className="truncate text-[12px]">
          <RelativeTime seconds={step.created} />
        </span>
      </div>
    );
  }
  return (
    <div
      role="option"
      id={optionId}
      aria-selected={selected}
      data-active={active || undefined}
      onClick={() => onSelect(layer)}
      className={`${GRID} h-10 cursor-default border-b border-border/70 px-4 ${
        selected
          ? 'bg-selected shadow-[inset_2px_0_0_var(--color-accent)]'
          : step.inBase
            ? 'bg-surface-sunken/40 hover:bg-hover'
            : 'hover:bg-hover'
      } ${active ? 'group-focus-visible/list:ring-1 group-focus-visible/list:ring-accent/50 group-focus-visible/list:ring-inset' : ''}`}
    >
      <Keyword word={step.instruction} />
      <span className="flex min-w-0 items-center gap-2">
        <span className="truncate font-mono text-[12px] text-text" title={full}>
          {step.text}
        </span>
        {shared && (
          <span
            title={`Also in:\n${shared.title}`}
            className="shrink-0 rounded-full bg-restarting/10 px-1.5 text-[11px] leading-[18px] whitespace-nowrap text-restarting-text ring-1 ring-restarting/20 ring-inset"
          >
            {shared.text}
          </span>
        )}
      </span>
      <span className="h-1.5 overflow-hidden rounded-full bg-surface-sunken" aria-hidden="true">
        <span
          className={`block h-full rounded-full ${selected ? 'bg-accent' : step.inBase ? 'bg-neutral/60' : 'bg-accent/60'}`}
          style={{ width: `${barPercent(step.size, largest)}%` }}
        />
      </span>
      <span className="text-right text-text tabular" title={`${step.size.toLocaleString()} bytes`}>
        {formatSize(step.size)}
      </span>
      <span className="truncate text-[12px] text-text-muted">
        <RelativeTime seconds={step.created} />
      </span>
    </div>
  );
}

function Keyword({ word, muted = false }: { word: string; muted?: boolean }) {
  return (
    <span
      className={`inline-flex h-5 w-fit max-w-full items-center rounded px-1.5 font-mono text-[10.5px] font-semibold tracking-wide ring-1 ring-inset ${
        muted ? 'text-text-faint ring-border' : 'bg-surface-sunken text-text-muted ring-border-strong/70'
      }`}
    >
      {word}
    </span>
  );
}
