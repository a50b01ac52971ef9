/**
 * Every local image as a tree of the layer chains they share, bases on the left. Boxes are the
 * shared segments ("+3 layers · 12.3MB"), the images whose layers end there are buttons that open
 * them. Only the boxes near the viewport are in the DOM, so a thousand images scroll smoothly;
 * big fan-outs fold into "+N more". Arrow keys move between boxes, Tab walks through the images.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ImageIcon } from '../../components/Icons';
import { formatSize, plural } from '../../lib/format';
import {
  BOX_PADDING,
  LINE_HEIGHT,
  layoutMap,
  neighbour,
  summarizeForest,
  visibleInViewport,
  type LaidOutNode,
  type MapNode,
  type Viewport,
} from './mapLayout';

export type { MapImage, MapNode } from './mapLayout';

export interface ImageMapProps {
  /** Root segments (one per base), each with the segments built on it. */
  forest: readonly MapNode[];
  onOpenImage: (id: string) => void;
  /** An image to mark as the current one. */
  selectedImage?: string | null;
}

export function ImageMap({ forest, onOpenImage, selectedImage = null }: ImageMapProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const layout = useMemo(() => layoutMap(forest, { expanded }), [forest, expanded]);
  const summary = useMemo(() => summarizeForest(forest), [forest]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ left: 0, top: 0, width: 1600, height: 1200 });
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // Keeps the box the user just opened or closed where it was on screen while the layout shifts.
  const anchor = useRef<{ key: string; offsetTop: number } | null>(null);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () =>
      setView({
        left: element.scrollLeft,
        top: element.scrollTop,
        width: element.clientWidth,
        height: element.clientHeight,
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const byKey = useMemo(() => new Map(layout.nodes.map((node) => [node.key, node])), [layout]);

  // Open on the first base: a tidy tree centres it on its (often very tall) subtree.
  const placed = useRef(false);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const first = layout.nodes[0];
    if (placed.current || !element || !first) return;
    placed.current = true;
    element.scrollTop = Math.max(0, first.y + first.height / 2 - element.clientHeight / 3);
  }, [layout]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    const held = anchor.current;
    if (!element || !held) return;
    anchor.current = null;
    const node = byKey.get(held.key);
    if (node) element.scrollTop = node.y - held.offsetTop;
  }, [byKey]);

  const visible = useMemo(() => {
    const shown = visibleInViewport(layout, view, 300);
    const focused = focusKey === null ? undefined : byKey.get(focusKey);
    if (focused && !shown.nodes.includes(focused)) shown.nodes.push(focused);
    return shown;
  }, [layout, view, focusKey, byKey]);

  useEffect(() => {
    if (focusKey === null) return;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)
      ?.focus({ preventScroll: true });
  }, [focusKey]);

  const toggle = (node: LaidOutNode) => {
    if (node.toggles === null) return;
    const held = node.kind === 'more' ? byKey.get(node.parentKey ?? '') : node;
    if (held && scrollRef.current) anchor.current = { key: held.key, offsetTop: held.y - scrollRef.current.scrollTop };
    const next = new Set(expanded);
    if (next.has(node.toggles)) next.delete(node.toggles);
    else next.add(node.toggles);
    setExpanded(next);
    setFocusKey(held?.key ?? null);
  };

  const moveFocus = (from: string, event: KeyboardEvent) => {
    const direction =
      event.key === 'ArrowUp'
        ? 'up'
        : event.key === 'ArrowDown'
          ? 'down'
          : event.key === 'ArrowLeft'
            ? 'left'
            : event.key === 'ArrowRight'
              ? 'right'
              : null;
    if (direction === null) return;
    event.preventDefault();
    const next = neighbour(layout, from, direction);
    const node = next === null ? undefined : byKey.get(next);
    if (!node) return;
    const element = scrollRef.current;
    if (element) {
      const margin = 24;
      if (
        node.x < element.scrollLeft + margin ||
        node.x + node.width > element.scrollLeft + element.clientWidth - margin
      )
        element.scrollLeft = node.x - margin;
      if (
        node.y < element.scrollTop + margin ||
        node.y + node.height > element.scrollTop + element.clientHeight - margin
      )
        element.scrollTop = node.y + node.height / 2 - element.clientHeight / 2;
    }
    setFocusKey(node.key);
  };

  if (forest.length === 0) {
    return (
      <EmptyState icon={<ImageIcon size={20} />} title="No images">
        <p>The map shows how local images share layers once there are some.</p>
      </EmptyState>
    );
  }

  const tabStop = focusKey ?? layout.nodes[0]?.key ?? null;

  return (
    <section aria-label="Image map" className="flex h-full min-h-0 flex-col">
      <p className="border-b border-border px-4 py-2.5 text-[12.5px] text-text-muted">
        <span className="font-medium text-text">{plural(summary.images, 'image')}</span> on{' '}
        {plural(summary.bases, 'base')}
        {summary.dangling > 0 && <>; {summary.dangling.toLocaleString()} dangling</>}
      </p>
      <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto bg-canvas">
        <svg
          width={layout.width}
          height={layout.height}
          role="group"
          aria-label="Images by the layers they share"
          className="block"
        >
          <g aria-hidden="true" fill="none" className="stroke-border-strong" strokeWidth={1.25}>
            {visible.edges.map((edge) => {
              const mid = (edge.x1 + edge.x2) / 2;
              return (
                <path
                  key={`${edge.from}>${edge.to}`}
                  d={`M${edge.x1},${edge.y1} C${mid},${edge.y1} ${mid},${edge.y2} ${edge.x2},${edge.y2}`}
                />
              );
            })}
          </g>
          {visible.nodes.map((node) => (
            <foreignObject key={node.key} x={node.x} y={node.y} width={node.width} height={node.height}>
              <MapBox
                node={node}
                tabbable={node.key === tabStop}
                selectedImage={selectedImage}
                onOpenImage={onOpenImage}
                onToggle={() => toggle(node)}
                onFocusBox={() => setFocusKey(node.key)}
                onKeyDown={(event) => moveFocus(node.key, event)}
              />
            </foreignObject>
          ))}
        </svg>
      </div>
    </section>
  );
}

interface MapBoxProps {
  node: LaidOutNode;
  tabbable: boolean;
  selectedImage: string | null;
  onOpenImage: (id: string) => void;
  onToggle: () => void;
  onFocusBox: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

function segmentText(node: LaidOutNode): string {
  const segment = node.node!;
  const layers = `${node.parentKey === null ? '' : '+'}${plural(segment.layers, 'layer')}`;
  return segment.bytes === null ? layers : `${layers} · ${formatSize(segment.bytes)}`;
}

function MapBox({ node, tabbable, selectedImage, onOpenImage, onToggle, onFocusBox, onKeyDown }: MapBoxProps) {
  const lineStyle = { height: LINE_HEIGHT };
  if (node.kind === 'more') {
    return (
      <button
        type="button"
        data-key={node.key}
        tabIndex={tabbable ? 0 : -1}
        onClick={onToggle}
        onFocus={onFocusBox}
        onKeyDown={onKeyDown}
        style={{ padding: BOX_PADDING }}
        className="flex size-full items-center gap-1.5 rounded-lg border border-dashed outline-offset-[-2px] border-border-strong bg-surface/60 text-left text-[12px] text-text-muted hover:bg-hover hover:text-text"
      >
        <span className="font-medium text-accent-text">+{node.hiddenChildren.toLocaleString()} more</span>
        <span className="truncate">· {plural(node.subtreeImages, 'image')}</span>
      </button>
    );
  }
  const segment = node.node!;
  const allDangling = segment.images.length > 0 && segment.images.every((image) => image.dangling);
  const shared = segment.children.length > 0;
  const label = `${segmentText(node)}${shared ? `, shared by ${plural(node.subtreeImages, 'image')}` : ''}`;
  return (
    <div
      role="group"
      aria-label={label}
      data-key={node.key}
      tabIndex={tabbable ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusBox();
      }}
      onKeyDown={onKeyDown}
      style={{ padding: BOX_PADDING }}
      className={`flex size-full flex-col overflow-hidden rounded-lg border bg-surface-raised shadow-xs outline-offset-[-2px] ${
        allDangling ? 'border-dashed border-border-strong bg-surface/70' : 'border-border'
      }`}
    >
      <div style={lineStyle} className="flex items-center gap-1.5 text-[11.5px] text-text-faint tabular">
        <span className="truncate">{segmentText(node)}</span>
        {node.canFold && (
          <button
            type="button"
            onClick={onToggle}
            onKeyDown={(event) => {
              event.stopPropagation();
              if (event.key.startsWith('Arrow')) onKeyDown(event);
            }}
            className="shrink-0 rounded px-1 leading-4 font-medium text-accent-text hover:bg-hover"
          >
            Fold
          </button>
        )}
        {shared && segment.images.length > 0 && (
          <span className="ml-auto shrink-0 rounded-full bg-surface-sunken px-1.5 leading-4 text-text-muted">
            {plural(node.subtreeImages, 'image')}
          </span>
        )}
      </div>
      {segment.images.length === 0 && (
        <div style={lineStyle} className="flex items-center truncate text-[12.5px] text-text-muted">
          {node.subtreeImages.toLocaleString()} images share this base
        </div>
      )}
      {node.shownImages.map((image) => (
        <button
          key={image.id}
          type="button"
          style={lineStyle}
          onClick={() => onOpenImage(image.id)}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key.startsWith('Arrow')) onKeyDown(event);
          }}
          title={image.dangling ? `${image.name} (dangling: no tag)` : image.name}
          aria-current={image.id === selectedImage || undefined}
          className={`-mx-1 flex min-w-0 items-center gap-1.5 rounded px-1 text-left text-[12.5px] hover:bg-hover ${
            image.id === selectedImage ? 'bg-selected' : ''
          }`}
        >
          <span
            className={`truncate font-mono text-[12px] ${image.dangling ? 'text-text-faint italic' : 'font-medium text-text'}`}
          >
            {image.name}
          </span>
          {image.dangling && (
            <span className="shrink-0 rounded border border-dashed border-border-strong px-1 text-[10.5px] leading-[14px] text-text-muted">
              dangling
            </span>
          )}
        </button>
      ))}
      {node.moreImages > 0 && (
        <button
          type="button"
          style={lineStyle}
          onClick={onToggle}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key.startsWith('Arrow')) onKeyDown(event);
          }}
          className="-mx-1 w-fit rounded px-1 text-left text-[12px] font-medium text-accent-text hover:bg-hover"
        >
          +{node.moreImages.toLocaleString()} more
        </button>
      )}
    </div>
  );
}
