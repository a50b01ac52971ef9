/** The bench's results shape and its readable report (RESULTS.md), with each target and our distance to it. */
import { SIZES_ENGINE_PATH, type SizesTimings } from './containerSizes';
import type { ListTimings } from './listLatency';
import type { SizesOnScreen } from './containerViews';
import type { ViewTiming } from './imageViews';
import type { LogsResults } from './logs';
import type { LogsViewResults } from './logsView';
import type { FirstScreenSteps } from './ui';
import { median, round } from './stats';

type Latency = { p50Ms: number; p95Ms: number; maxMs: number; trials: number };

/** What test/bench/layerIndex.ts writes to layer-index.json. */
export interface LayerIndexResults {
  loadAverage: number[];
  image: { sizeMiB: number; entries: number; smallFiles: number; largeFiles: number; largeBytes: number; runs: number };
  saveMs: number[];
  indexMs: number[];
  ratio: number;
  peakRssMiB: number;
  baselineRssMiB: number;
  reopenFromDiskMs: number[];
  mergedViewTopLayerMs: number[];
}

export interface BenchResults {
  mode: 'full' | 'smoke';
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    kernel: string;
    node: string;
    engine: string;
    chromium: string;
  };
  load: { containers: number; running: number; images: number; volumes: number; buildSeconds: number };
  /** uiMs: opening the app (page load); uiSwitchMs: switching to the page in the open app. */
  lists: Record<'containers' | 'images', ListTimings & { uiMs: number[]; uiSwitchMs: number[] }>;
  firstScreen: Record<'containers' | 'images', FirstScreenSteps>;
  engineRequests: { containersRefresh: string[]; imagesRefresh: string[] };
  eventToUi: { fromEngineEvent: Latency; fromApiCall: Latency };
  scroll: { rows: number; frames: number; durationMs: number; longTasksOver50Ms: number; longestTaskMs: number };
  footprint: { idleSeconds: number; backendIdleCpuPercent: number; backendRssMiB: number; rendererHeapMiB: number };
  layerIndex: LayerIndexResults;
  logs: LogsResults;
  logsView: LogsViewResults;
  imageViews: { mapImages: number; map: ViewTiming; layers: ViewTiming };
  /** Sizes for every container (containers.sizes) vs the raw request and `docker ps -as`. */
  containerSizes: SizesTimings;
  containerViews: { containers: number; page: ViewTiming; showSizes: SizesOnScreen };
}

/** Opens after the first (the first one includes a fresh backend's one-time work). */
const later = (values: number[]) => (values.length > 1 ? values.slice(1) : values);
const longest = (tasks: number[][]) => Math.max(0, ...tasks.flat());
const over = (tasks: number[][], limit: number) => tasks.flat().filter((ms) => ms > limit).length;

const ms = (value: number) => `${round(value)} ms`;
const ratio = (value: number, base: number) => (value / base < 0.01 ? '< 0.01×' : `${round(value / base, 2)}×`);
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

function listRows(name: string, timings: BenchResults['lists']['containers'], cli: string): string[] {
  const raw = median(timings.rawApiMs);
  const row = (path: string, values: number[]) => `| ${name}: ${path} | ${ms(median(values))} | ${ratio(median(values), raw)} |`;
  return [
    row('raw Engine API (socket, parsed)', timings.rawApiMs),
    row(`\`${cli}\``, timings.cliMs),
    row('Gantry router (Node), answered from the mirror', timings.routerMs),
    row("Gantry router (Node), a new backend's first list (from the Engine)", timings.routerFirstMs),
    row('Gantry UI, switching to the page in the open app → complete list', timings.uiSwitchMs),
    row('Gantry UI, opening the app (page load) → complete list', timings.uiMs),
  ];
}

/** "UI ≤ CLI" and "UI adds ≤ ~60 ms to the raw call", for one way of reaching the list. */
function uiTargets(how: string, ui: number[], timings: ListTimings, cli: string): [string, string, string][] {
  const [u, c, raw] = [median(ui), median(timings.cliMs), median(timings.rawApiMs)];
  return [
    [`UI list ≤ \`${cli}\`, ${how}`, `${ms(u)} vs ${ms(c)} (${ms(u - c)})`, verdict(u <= c)],
    [`UI path adds ≤ ~60 ms to the raw call, ${how}`, `${ms(u)} − ${ms(raw)} = ${ms(u - raw)}`, verdict(u - raw <= 60)],
  ];
}

/** The sizes section: the stream, the raw request and the CLI, as ratios to the raw request. */
function sizesRows(t: SizesTimings): string[] {
  const raw = median(t.rawApiMs);
  const row = (path: string, values: number[]) => `| ${path} | ${ms(median(values))} | ${ratio(median(values), raw)} |`;
  return [
    `## Sizes for all ${t.containers} containers (medians of ${t.rawApiMs.length} rounds; ratio to the raw Engine API)`,
    '',
    '| path | median | ratio |',
    '|---|---|---|',
    row(`raw Engine API (\`GET ${SIZES_ENGINE_PATH}\`, parsed)`, t.rawApiMs),
    row('`docker ps -as`', t.cliMs),
    row('Gantry `containers.sizes` stream (router, the app open) → done', t.streamMs),
    '',
    'One Engine request each; the Engine walks every writable layer to answer, so it is the floor. Each round runs the three one after another.',
    '',
  ];
}

export function renderReport(r: BenchResults): string {
  const c = r.lists.containers;
  const i = r.lists.images;
  const targets: [string, string, string][] = [
    ...uiTargets('containers, switching pages', c.uiSwitchMs, c, 'docker ps -a'),
    ...uiTargets('images, switching pages', i.uiSwitchMs, i, 'docker images'),
    ...uiTargets('containers, opening the app', c.uiMs, c, 'docker ps -a'),
    ...uiTargets('images, opening the app', i.uiMs, i, 'docker images'),
    [
      'Event → row changed, p95 ≤ 150 ms',
      `${ms(r.eventToUi.fromEngineEvent.p95Ms)} (p50 ${ms(r.eventToUi.fromEngineEvent.p50Ms)})`,
      verdict(r.eventToUi.fromEngineEvent.p95Ms <= 150),
    ],
    [
      'No long task > 100 ms while scrolling',
      `longest ${ms(r.scroll.longestTaskMs)}, ${r.scroll.longTasksOver50Ms} over 50 ms`,
      verdict(r.scroll.longestTaskMs <= 100),
    ],
    [
      'Idle backend CPU < 1%',
      `${r.footprint.backendIdleCpuPercent}% over ${r.footprint.idleSeconds} s`,
      verdict(r.footprint.backendIdleCpuPercent < 1),
    ],
    ['Renderer heap < 150 MB', `${r.footprint.rendererHeapMiB} MiB`, verdict(r.footprint.rendererHeapMiB < 150)],
    [
      'Layer index ≤ 1.3× `docker save` of the same image',
      `${ms(median(r.layerIndex.indexMs))} vs ${ms(median(r.layerIndex.saveMs))} (${r.layerIndex.ratio}×)`,
      verdict(r.layerIndex.ratio <= 1.3),
    ],
    [
      'Layer index: peak RSS bounded, well under the image size',
      `+${round(r.layerIndex.peakRssMiB - r.layerIndex.baselineRssMiB)} MiB while indexing (peak ${r.layerIndex.peakRssMiB} MiB over a process baseline of ${r.layerIndex.baselineRssMiB} MiB) for a ${r.layerIndex.image.sizeMiB} MiB image`,
      // Bounded: what indexing adds must stay well under the image (a tenth), whatever its size.
      verdict(r.layerIndex.peakRssMiB - r.layerIndex.baselineRssMiB < Math.max(64, r.layerIndex.image.sizeMiB / 10)),
    ],
    [
      'Layer index re-opened from the disk cache < 100 ms',
      `${ms(median(r.layerIndex.reopenFromDiskMs))} (median of ${r.layerIndex.reopenFromDiskMs.length})`,
      verdict(median(r.layerIndex.reopenFromDiskMs) < 100),
    ],
    [
      `Image map with ${r.imageViews.mapImages} images: no long task > 100 ms when it opens (after the first open)`,
      `drawn in ${ms(median(later(r.imageViews.map.milestones['drawn']!)))}; longest task ${ms(longest(r.imageViews.map.longTasks.slice(1)))}`,
      verdict(longest(r.imageViews.map.longTasks.slice(1)) <= 100),
    ],
    [
      `Sizes for all ${r.containerSizes.containers} containers (containers.sizes stream) ≤ \`docker ps -as\``,
      `${ms(median(r.containerSizes.streamMs))} vs ${ms(median(r.containerSizes.cliMs))} (raw Engine request ${ms(median(r.containerSizes.rawApiMs))})`,
      verdict(median(r.containerSizes.streamMs) <= median(r.containerSizes.cliMs)),
    ],
    [
      `Containers list with ${r.containerViews.containers} containers stays responsive while "Show sizes" loads: no long task > 100 ms`,
      `sizes on screen after ${ms(median(r.containerViews.showSizes.sizesShownMs))}; longest task ${ms(longest(r.containerViews.showSizes.longTasks))}`,
      verdict(longest(r.containerViews.showSizes.longTasks) <= 100),
    ],
    [
      `Container page at ${r.containerViews.containers} containers: no long task > 100 ms when it opens (after the first open)`,
      `overview drawn in ${ms(median(later(r.containerViews.page.milestones['overviewDrawn']!)))}; longest task ${ms(longest(r.containerViews.page.longTasks.slice(1)))}`,
      verdict(longest(r.containerViews.page.longTasks.slice(1)) <= 100),
    ],
    [
      'Logs: following the fastest printer, lines/s reaching logs.follow vs a bare dockerode follow ≥ 0.9',
      `${median(r.logs.follow.oursLinesPerSecond)} vs ${median(r.logs.follow.bareLinesPerSecond)} lines/s (${r.logs.follow.ratio}×, ${r.logs.follow.oursLinesPerSecond.length} × ${r.logs.follow.seconds} s side by side)`,
      verdict(r.logs.follow.ratio >= 0.9),
    ],
    [
      `Logs: the last ${r.logs.tail.tailLines} of ${r.logs.tail.storedLines} lines received < 1 s`,
      `${ms(median(r.logs.tail.oursMs))} (bare dockerode ${ms(median(r.logs.tail.bareMs))})`,
      verdict(median(r.logs.tail.oursMs) < 1000),
    ],
    [
      `Logs view following ${r.logsView.steady.printedPerSecond} lines/s for ${r.logsView.steady.seconds} s: no main-thread long task > 50 ms`,
      `${r.logsView.steady.longTasksOver50Ms} long tasks, longest ${ms(r.logsView.steady.longestTaskMs)}`,
      verdict(r.logsView.steady.longTasksOver50Ms === 0),
    ],
    [
      'Logs view: renderer heap bounded < 150 MB while following',
      `${r.logsView.steady.heapMiB} MiB after GC at the end, peak ${r.logsView.steady.heapPeakMiB} MiB`,
      verdict(r.logsView.steady.heapPeakMiB * 1.048576 < 150),
    ],
    [
      'Logs view: delay from the Engine\'s timestamp of a line to the frame it is on screen, p95 < 250 ms',
      `p50 ${ms(r.logsView.steady.delayP50Ms)}, p95 ${ms(r.logsView.steady.delayP95Ms)} (${r.logsView.steady.delaySamples} lines timed)`,
      verdict(r.logsView.steady.delayP95Ms < 250),
    ],
    [
      'Logs view: following the fastest printer, lines/s reaching the window vs a bare dockerode follow ≥ 0.9, window responsive',
      `${r.logsView.fast.uiLinesPerSecond} vs ${r.logsView.fast.bareLinesPerSecond} lines/s (${r.logsView.fast.ratio}×); longest task ${ms(r.logsView.fast.longestTaskMs)}`,
      verdict(r.logsView.fast.ratio >= 0.9),
    ],
    [
      `Logs view: a container holding ${r.logsView.open.storedLines} lines, its tail on screen < 1 s`,
      `${ms(median(r.logsView.open.tailOnScreenMs))} (median of ${r.logsView.open.tailOnScreenMs.length})`,
      verdict(median(r.logsView.open.tailOnScreenMs) < 1000),
    ],
    [
      `Logs view: search over ${r.logsView.search.bufferLines} loaded lines < 100 ms`,
      `${ms(median(r.logsView.search.countShownMs))} from the typed query to the match count on screen (the search itself, in its worker: ${ms(median(r.logsView.search.searchMs))})`,
      verdict(median(r.logsView.search.countShownMs) < 100),
    ],
    [
      'Logs and stats views closed: 0 open Engine log or stats connections',
      `${r.logsView.idle.openLogConnections} log, ${r.logsView.idle.openStatsConnections} stats; backend CPU ${r.logsView.idle.backendCpuPercent}% over ${r.logsView.idle.seconds} s`,
      verdict(r.logsView.idle.openLogConnections + r.logsView.idle.openStatsConnections === 0),
    ],
    [
      'Engine requests per refresh: constant',
      `containers ${r.engineRequests.containersRefresh.length}, images ${r.engineRequests.imagesRefresh.length}`,
      verdict(r.engineRequests.containersRefresh.length <= 1 && r.engineRequests.imagesRefresh.length <= 2),
    ],
  ];
  return [
    `# Gantry bench — ${r.mode} run`,
    '',
    `${r.date} · ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB · Linux ${r.machine.kernel} · Node ${r.machine.node} · Docker Engine ${r.machine.engine} · Chromium ${r.machine.chromium}`,
    '',
    `Load: ${r.load.containers} containers (${r.load.running} running), ${r.load.images} images, ${r.load.volumes} volumes — built in ${r.load.buildSeconds} s on a private dockerd.`,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map(([target, measured, met]) => `| ${target} | ${measured} | ${met} |`),
    '',
    `## List latency (medians of ${c.rawApiMs.length} runs; ratio to the raw Engine API)`,
    '',
    '| path | median | ratio |',
    '|---|---|---|',
    ...listRows('containers', c, 'docker ps -a'),
    ...listRows('images', i, 'docker images'),
    '',
    'The raw call is one HTTP GET on the Engine socket with its JSON parsed. The CLI figures include starting the `docker` process. The backend keeps both lists in memory, current from one Engine event stream (the mirror); a new backend fills it with one Engine request. The UI figures run to the frame in which the table has every row counted (`aria-rowcount`) and its first rows drawn (the list is virtualised): switching pages, from a click on the sidebar link; opening the app, from navigation start on a fresh page with a warm HTTP cache.',
    '',
    '### Where the time goes when opening the app (medians, ms from navigation start)',
    '',
    '| page | browser paints the empty page | boot script runs | app bundle evaluated | list answer arrives | complete list on screen |',
    '|---|---|---|---|---|---|',
    ...(['containers', 'images'] as const).map((page) => {
      const s = r.firstScreen[page];
      return `| ${page} | ${ms(median(s.firstPaintMs))} | ${ms(median(s.bootMs))} | ${ms(median(s.appEvaluatedMs))} | ${ms(median(s.listArrivedMs))} | ${ms(median(s.completeMs))} |`;
    }),
    '',
    'The boot script asks for the list first and waits up to 100 ms for the answer before it evaluates the app bundle (which the browser has fetched and compiled meanwhile), so the first render already has the rows. The browser\'s first paint of the page is its empty background.',
    '',
    `## Engine event → row changed on screen (${r.eventToUi.fromEngineEvent.trials} stop/start trials)`,
    '',
    '| from | p50 | p95 | max |',
    '|---|---|---|---|',
    `| the Engine's event timestamp | ${ms(r.eventToUi.fromEngineEvent.p50Ms)} | ${ms(r.eventToUi.fromEngineEvent.p95Ms)} | ${ms(r.eventToUi.fromEngineEvent.maxMs)} |`,
    `| the API call (includes the Engine's stop/start) | ${ms(r.eventToUi.fromApiCall.p50Ms)} | ${ms(r.eventToUi.fromApiCall.p95Ms)} | ${ms(r.eventToUi.fromApiCall.maxMs)} |`,
    '',
    `## Layer index (${r.layerIndex.image.sizeMiB} MiB image: ${r.layerIndex.image.smallFiles} small files and ${r.layerIndex.image.largeFiles} of ${round(r.layerIndex.image.largeBytes / 2 ** 20)} MiB, ${r.layerIndex.image.entries} entries)`,
    '',
    '| run | `docker save IMAGE > /dev/null` | Gantry index (router, new backend) | ratio |',
    '|---|---|---|---|',
    ...r.layerIndex.saveMs.map(
      (save, run) => `| ${run + 1} | ${ms(save)} | ${ms(r.layerIndex.indexMs[run]!)} | ${ratio(r.layerIndex.indexMs[run]!, save)} |`,
    ),
    '',
    `The Engine's export is the floor: the index reads that same stream once, headers only, matching each layer to the config's diff IDs — by the OCI blob's name, or for a legacy layer.tar by the manifest's path at that diff ID's place; only a tar no name describes is hashed. Runs alternate save and index; load average during the runs ${r.layerIndex.loadAverage.join(' / ')}. Re-opening from the disk cache (a new backend): ${r.layerIndex.reopenFromDiskMs.map((v) => ms(v)).join(', ')}; the merged view of the top layer then: ${r.layerIndex.mergedViewTopLayerMs.map((v) => ms(v)).join(', ')}.`,
    '',
    `## Image views (${r.imageViews.map.longTasks.length} opens each, a fresh page each time; ms from navigation start)`,
    '',
    '| view | first open | later opens (median) | long tasks > 50 ms (all opens) | longest task |',
    '|---|---|---|---|---|',
    `| image map, ${r.imageViews.mapImages} images, drawn | ${ms(r.imageViews.map.milestones['drawn']![0]!)} | ${ms(median(later(r.imageViews.map.milestones['drawn']!)))} | ${over(r.imageViews.map.longTasks, 50)} | ${ms(longest(r.imageViews.map.longTasks))} |`,
    `| image page, Layers & files: build steps drawn | ${ms(r.imageViews.layers.milestones['layersDrawn']![0]!)} | ${ms(median(later(r.imageViews.layers.milestones['layersDrawn']!)))} | ${over(r.imageViews.layers.longTasks, 50)} | ${ms(longest(r.imageViews.layers.longTasks))} |`,
    `| image page, Layers & files: files listed (layer index) | ${ms(r.imageViews.layers.milestones['filesListed']![0]!)} | ${ms(median(later(r.imageViews.layers.milestones['filesListed']!)))} | | |`,
    '',
    "The map's first open is a fresh backend's: it inspects every image once (IDs are content digests, so the answers are kept). The image page's first open indexes the image's layers from its export; later opens answer from the cache.",
    '',
    ...sizesRows(r.containerSizes),
    `## Container views (${r.containerViews.containers} containers; ms)`,
    '',
    '| view | first | later (median) | long tasks > 50 ms (all runs) | longest task |',
    '|---|---|---|---|---|',
    `| container page, from navigation start to the overview drawn | ${ms(r.containerViews.page.milestones['overviewDrawn']![0]!)} | ${ms(median(later(r.containerViews.page.milestones['overviewDrawn']!)))} | ${over(r.containerViews.page.longTasks, 50)} | ${ms(longest(r.containerViews.page.longTasks))} |`,
    `| the list's "Show sizes", from the click to the sizes on screen | ${ms(r.containerViews.showSizes.sizesShownMs[0]!)} | ${ms(median(later(r.containerViews.showSizes.sizesShownMs)))} | ${over(r.containerViews.showSizes.longTasks, 50)} | ${ms(longest(r.containerViews.showSizes.longTasks))} |`,
    '',
    '## Scrolling, footprint, Engine requests',
    '',
    `- Scrolling ${r.scroll.rows} rows top to bottom, 120 px per frame: ${r.scroll.frames} frames in ${ms(r.scroll.durationMs)}; ${r.scroll.longTasksOver50Ms} long tasks over 50 ms; longest ${ms(r.scroll.longestTaskMs)}.`,
    `- Backend (\`serve\`) idle for ${r.footprint.idleSeconds} s with the containers page open: ${r.footprint.backendIdleCpuPercent}% CPU, ${r.footprint.backendRssMiB} MiB RSS.`,
    `- Renderer JS heap after visiting every page (after GC): ${r.footprint.rendererHeapMiB} MiB.`,
    `- Engine requests for one containers refresh with the app open: ${r.engineRequests.containersRefresh.length} (${r.engineRequests.containersRefresh.join(', ') || 'answered from the mirror'}); for one images refresh: ${r.engineRequests.imagesRefresh.length} (${r.engineRequests.imagesRefresh.join(', ') || 'answered from the mirror'}).`,
    '',
  ].join('\n');
}
