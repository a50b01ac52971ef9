/**
 * An image's Config (and the legacy builder's ContainerConfig) in plain words. Pure and defensive:
 * the Engine sends nulls, empty strings and empty objects for fields an image does not set, and
 * those are left out so the renderer shows only what the image says.
 */
import type { ImageConfigField, ImageConfigView, ImageHealthcheck } from '../shared/dto';

/** The fields we read from an inspect's Config / ContainerConfig. */
export interface EngineImageConfig {
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  Env?: string[] | null;
  WorkingDir?: string | null;
  User?: string | null;
  ExposedPorts?: Record<string, unknown> | null;
  Volumes?: Record<string, unknown> | null;
  Labels?: Record<string, string> | null;
  Healthcheck?: {
    Test?: string[] | null;
    Interval?: number;
    Timeout?: number;
    Retries?: number;
    StartPeriod?: number;
  } | null;
  StopSignal?: string | null;
  Shell?: string[] | null;
  OnBuild?: string[] | null;
}

const NS_PER_SECOND = 1e9;

function nonEmptyList(list: string[] | null | undefined): string[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}

function nonEmptyText(text: string | null | undefined): string | undefined {
  return text ? text : undefined;
}

function sortedKeys(record: Record<string, unknown> | null | undefined): string[] | undefined {
  const keys = Object.keys(record ?? {}).sort();
  return keys.length > 0 ? keys : undefined;
}

function toHealthcheck(raw: EngineImageConfig['Healthcheck']): ImageHealthcheck | undefined {
  if (!raw?.Test || raw.Test.length === 0) return undefined;
  // Durations are nanoseconds; 0 means "inherit the default", which is no information: left out.
  const seconds = (ns: number | undefined) => (ns ? { value: ns / NS_PER_SECOND } : null);
  const interval = seconds(raw.Interval);
  const timeout = seconds(raw.Timeout);
  const startPeriod = seconds(raw.StartPeriod);
  return {
    test: [...raw.Test],
    ...(interval ? { intervalSeconds: interval.value } : {}),
    ...(timeout ? { timeoutSeconds: timeout.value } : {}),
    ...(raw.Retries ? { retries: raw.Retries } : {}),
    ...(startPeriod ? { startPeriodSeconds: startPeriod.value } : {}),
  };
}

/** "A=1=2" → {name: "A", value: "1=2"}; "A" (no "=") → value "". */
function toEnv(env: string[] | null | undefined): ImageConfigView['env'] {
  if (!env || env.length === 0) return undefined;
  return env.map((entry) => {
    const at = entry.indexOf('=');
    return at < 0 ? { name: entry, value: '' } : { name: entry.slice(0, at), value: entry.slice(at + 1) };
  });
}

export function toImageConfigView(raw: EngineImageConfig | null | undefined): ImageConfigView {
  if (!raw) return {};
  const labels = raw.Labels && Object.keys(raw.Labels).length > 0 ? { ...raw.Labels } : undefined;
  const view: ImageConfigView = {
    cmd: nonEmptyList(raw.Cmd),
    entrypoint: nonEmptyList(raw.Entrypoint),
    env: toEnv(raw.Env),
    workingDir: nonEmptyText(raw.WorkingDir),
    user: nonEmptyText(raw.User),
    exposedPorts: sortedKeys(raw.ExposedPorts),
    volumes: sortedKeys(raw.Volumes),
    labels,
    healthcheck: toHealthcheck(raw.Healthcheck),
    stopSignal: nonEmptyText(raw.StopSignal),
    shell: nonEmptyList(raw.Shell),
    onBuild: nonEmptyList(raw.OnBuild),
  };
  // Drop the undefined keys so the JSON (and deep equality in tests) carries only what is set.
  for (const key of Object.keys(view) as ImageConfigField[]) if (view[key] === undefined) delete view[key];
  return view;
}

/** JSON with sorted object keys, so {a, b} and {b, a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The fields whose values differ between two views (set in one only counts as different). */
export function configDifferences(a: ImageConfigView, b: ImageConfigView): ImageConfigField[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as ImageConfigField[]);
  return [...fields].filter((field) => canonical(a[field]) !== canonical(b[field])).sort();
}

/**
 * The build container's configuration beside the image's, when the Engine reports one with
 * anything in it (legacy builds do; BuildKit and `docker import` leave it empty).
 */
export function toBuildContainerConfig(
  config: ImageConfigView,
  containerConfig: EngineImageConfig | null | undefined,
): { config: ImageConfigView; differsFrom: ImageConfigField[] } | undefined {
  const view = toImageConfigView(containerConfig);
  if (Object.keys(view).length === 0) return undefined;
  return { config: view, differsFrom: configDifferences(config, view) };
}
