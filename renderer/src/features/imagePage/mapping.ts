/**
 * Pure adapters from the API's DTOs (images.inspect, layers.*) to the layer views' props, and the
 * image configuration as plain rows. No React here: unit-tested in test/unit/renderer-imagepage-*.
 */
import type {
  ImageConfigField,
  ImageConfigView,
  ImageHistoryStep,
  LayerFileContent,
  LayerFileRow,
  LayerIndexSummary,
  LayerSearchMatch,
} from '../../../../electron/shared/dto';
import type { FileEntry, FileViewState, LayerStep, SearchResult, WastedPath } from '../layers';

/** History steps (oldest first) as the layer stack's steps. */
export function toLayerSteps(steps: readonly ImageHistoryStep[]): LayerStep[] {
  return steps.map((step) => ({
    instruction: step.keyword || 'RUN',
    text: stripKeyword(step.text, step.keyword),
    created: step.created,
    size: step.metadataOnly ? 0 : step.size,
    layerIndex: step.layer ? step.layer.index : null,
    sharedWith: step.layer ? step.layer.sharedWith.map(({ id, name }) => ({ id, name })) : [],
    inBase: step.fromBase,
  }));
}

/** `CMD ["sh"]` with keyword CMD → `["sh"]`: the stack shows the keyword in a column of its own. */
function stripKeyword(text: string, keyword: string): string {
  if (keyword && text.startsWith(keyword)) return text.slice(keyword.length).trimStart();
  return text;
}

/** The topmost layer, the one a new image's own files most likely are in. */
export function defaultLayer(steps: readonly ImageHistoryStep[], layerCount: number): number | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const layer = steps[i]!.layer;
    if (layer) return layer.index;
  }
  return layerCount > 0 ? layerCount - 1 : null;
}

/**
 * Names layers by the step that made them: "Layer 3 · COPY" (short: buttons in narrow lists), or
 * "Layer 3 · COPY file:… in /www" (long: headings and the file viewer).
 */
export function layerLabeller(
  steps: readonly ImageHistoryStep[],
  length: 'short' | 'long' = 'long',
): (layerIndex: number) => string {
  const byLayer = new Map<number, ImageHistoryStep>();
  for (const step of steps) if (step.layer) byLayer.set(step.layer.index, step);
  return (layerIndex) => {
    const step = byLayer.get(layerIndex);
    const name = `Layer ${layerIndex + 1}`;
    if (!step) return name;
    if (length === 'short') return step.keyword ? `${name} · ${step.keyword}` : name;
    const text = step.text;
    return text ? `${name} · ${text.length > 80 ? `${text.slice(0, 79)}…` : text}` : name;
  };
}

/** One `layers.files` row as the explorer's entry: kind → change, link → linkTarget. */
export function toFileEntry(row: LayerFileRow): FileEntry {
  const entry: FileEntry = {
    path: row.path,
    type: row.type,
    size: row.size,
    mode: row.mode,
    uid: row.uid,
    gid: row.gid,
  };
  if (row.link !== undefined) entry.linkTarget = row.link;
  // A re-listed folder is only there because something inside changed: no badge of its own.
  if (!row.relisted) entry.change = row.kind;
  return entry;
}

export function toFileEntries(rows: readonly LayerFileRow[], view: 'changes' | 'merged'): FileEntry[] {
  // The merged view shows the filesystem as it is: every row is just there, nothing "changed".
  if (view === 'merged') return rows.filter((row) => row.kind !== 'removed').map((row) => withoutChange(row));
  return rows.map(toFileEntry);
}

function withoutChange(row: LayerFileRow): FileEntry {
  const { change: _change, ...entry } = toFileEntry(row);
  return entry;
}

export function toSearchResults(matches: readonly LayerSearchMatch[]): SearchResult[] {
  return matches.map((match) => ({
    path: absolute(match.path),
    layerIndex: match.layer,
    change: match.kind,
    size: match.size,
  }));
}

export interface WasteProps {
  efficiency: number;
  wastedBytes: number;
  storedBytes: number;
  top: WastedPath[];
}

export function toWasteProps(summary: LayerIndexSummary): WasteProps {
  return {
    efficiency: summary.efficiency,
    wastedBytes: summary.wastedBytes,
    storedBytes: summary.storedBytes,
    top: summary.topWaste.map(({ path, wastedBytes, layers }) => ({
      path: absolute(path),
      wastedBytes,
      layers: [...layers],
    })),
  };
}

/** "www/index.html" → "/www/index.html": how paths are shown to people. */
export function absolute(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** The explorer hands out absolute paths ("/www/index.html"); the API wants them relative. */
export function apiPath(path: string): string {
  return path.replace(/^\/+/, '');
}

/** A `layers.file` view answer as the viewer's state. */
export function toFileViewState(content: LayerFileContent): FileViewState {
  if (content.binary) return { kind: 'binary', size: content.size };
  const text = content.encoding === 'utf8' ? content.content : decodeBase64Text(content.content);
  return { kind: 'text', text, size: content.size, truncated: content.truncated };
}

export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeBase64Text(base64: string): string {
  return new TextDecoder().decode(decodeBase64(base64));
}

/** A download answer's bytes: base64 decoded, or the UTF-8 text encoded. */
export function downloadBytes(content: LayerFileContent): Uint8Array<ArrayBuffer> {
  return content.encoding === 'base64' ? decodeBase64(content.content) : new TextEncoder().encode(content.content);
}

/** "www/index.html" → "index.html". */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || 'file';
}

/** One row of the configuration in plain words. */
export interface ConfigRow {
  field: ImageConfigField;
  label: string;
  /** How to show it: one code line, a list of code lines, or name/value pairs. */
  value:
    | { kind: 'code'; text: string }
    | { kind: 'list'; items: string[] }
    | { kind: 'pairs'; pairs: { name: string; value: string }[] };
}

const LABELS: Record<ImageConfigField, string> = {
  entrypoint: 'Entrypoint',
  cmd: 'Command',
  workingDir: 'Working directory',
  user: 'User',
  env: 'Environment',
  exposedPorts: 'Exposed ports',
  volumes: 'Volumes',
  labels: 'Labels',
  healthcheck: 'Healthcheck',
  stopSignal: 'Stop signal',
  shell: 'Shell',
  onBuild: 'On build',
};

/** The order rows are shown in: what runs, where, as whom, then the rest. */
const ORDER = Object.keys(LABELS) as ImageConfigField[];

/** ["sh", "-c", "echo hi"] as a shell would read it: `sh -c 'echo hi'`. */
export function formatArgv(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

function shellQuote(arg: string): string {
  if (arg !== '' && /^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function seconds(value: number | undefined, name: string): string | null {
  return value === undefined ? null : `${name} ${value}s`;
}

/** The healthcheck as one line: "CMD-SHELL curl -f … · every 30s · timeout 5s · 3 retries". */
export function formatHealthcheck(check: NonNullable<ImageConfigView['healthcheck']>): string {
  const [kind, ...rest] = check.test;
  let command: string;
  if (kind === 'NONE') command = 'disabled (NONE)';
  else if (kind === 'CMD-SHELL') command = rest.join(' ');
  else if (kind === 'CMD') command = formatArgv(rest);
  else command = formatArgv(check.test);
  const parts = [
    command,
    seconds(check.intervalSeconds, 'every'),
    seconds(check.timeoutSeconds, 'timeout'),
    check.retries === undefined ? null : `${check.retries} ${check.retries === 1 ? 'retry' : 'retries'}`,
    seconds(check.startPeriodSeconds, 'start period'),
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}

/** The configuration's non-empty fields, in reading order. */
export function configRows(config: ImageConfigView): ConfigRow[] {
  const rows: ConfigRow[] = [];
  for (const field of ORDER) {
    const value = rowValue(config, field);
    if (value) rows.push({ field, label: LABELS[field], value });
  }
  return rows;
}

function rowValue(config: ImageConfigView, field: ImageConfigField): ConfigRow['value'] | null {
  switch (field) {
    case 'cmd':
    case 'entrypoint':
    case 'shell': {
      const argv = config[field];
      return argv && argv.length > 0 ? { kind: 'code', text: formatArgv(argv) } : null;
    }
    case 'workingDir':
    case 'user':
    case 'stopSignal': {
      const text = config[field];
      return text ? { kind: 'code', text } : null;
    }
    case 'env':
      return config.env && config.env.length > 0 ? { kind: 'pairs', pairs: config.env } : null;
    case 'labels': {
      const pairs = Object.entries(config.labels ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => ({ name, value }));
      return pairs.length > 0 ? { kind: 'pairs', pairs } : null;
    }
    case 'exposedPorts':
    case 'volumes':
    case 'onBuild': {
      const items = config[field];
      return items && items.length > 0 ? { kind: 'list', items } : null;
    }
    case 'healthcheck':
      return config.healthcheck ? { kind: 'code', text: formatHealthcheck(config.healthcheck) } : null;
  }
}

/** "Command, Working directory": the labels of the fields that differ, in reading order. */
export function differsText(fields: readonly ImageConfigField[]): string {
  return ORDER.filter((field) => fields.includes(field))
    .map((field) => LABELS[field])
    .join(', ');
}

export { LABELS as CONFIG_LABELS };
