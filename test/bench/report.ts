/** The bench's results shape and its readable report (RESULTS.md), with each target and our distance to it. */
import type { ListTimings } from './listLatency';
import type { FirstScreenSteps } from './ui';
import { median, round } from './stats';

type Latency = { p50Ms: number; p95Ms: number; maxMs: number; trials: number };

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
  lists: Record<'containers' | 'images', ListTimings & { uiMs: number[] }>;
  firstScreen: Record<'containers' | 'images', FirstScreenSteps>;
  engineRequests: { containersRefresh: string[]; imagesRefresh: string[] };
  eventToUi: { fromEngineEvent: Latency; fromApiCall: Latency };
  scroll: { rows: number; frames: number; durationMs: number; longTasksOver50Ms: number; longestTaskMs: number };
  footprint: { idleSeconds: number; backendIdleCpuPercent: number; backendRssMiB: number; rendererHeapMiB: number };
}

const ms = (value: number) => `${round(value)} ms`;
const ratio = (value: number, base: number) => `${round(value / base, 2)}×`;
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

function listRows(name: string, timings: BenchResults['lists']['containers'], cli: string): string[] {
  const raw = median(timings.rawApiMs);
  return [
    `| ${name}: raw Engine API (socket, parsed) | ${ms(raw)} | 1× |`,
    `| ${name}: \`${cli}\` | ${ms(median(timings.cliMs))} | ${ratio(median(timings.cliMs), raw)} |`,
    `| ${name}: Gantry router (Node) | ${ms(median(timings.routerMs))} | ${ratio(median(timings.routerMs), raw)} |`,
    `| ${name}: Gantry UI, navigation → complete list | ${ms(median(timings.uiMs))} | ${ratio(median(timings.uiMs), raw)} |`,
  ];
}

export function renderReport(r: BenchResults): string {
  const c = r.lists.containers;
  const i = r.lists.images;
  const targets: [string, string, string][] = [
    [
      'UI containers list ≤ `docker ps -a`',
      `${ms(median(c.uiMs))} vs ${ms(median(c.cliMs))} (${ms(median(c.uiMs) - median(c.cliMs))})`,
      verdict(median(c.uiMs) <= median(c.cliMs)),
    ],
    [
      'UI images list ≤ `docker images`',
      `${ms(median(i.uiMs))} vs ${ms(median(i.cliMs))} (${ms(median(i.uiMs) - median(i.cliMs))})`,
      verdict(median(i.uiMs) <= median(i.cliMs)),
    ],
    [
      'UI path adds ≤ ~60 ms to the raw containers call',
      ms(median(c.uiMs) - median(c.rawApiMs)),
      verdict(median(c.uiMs) - median(c.rawApiMs) <= 60),
    ],
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
    'The raw call is one HTTP GET on the Engine socket with its JSON parsed. The CLI figures include starting the `docker` process. The UI figure runs from navigation start to the frame in which the table has every row counted (`aria-rowcount`) and its first rows drawn (the list is virtualised), on a fresh page with a warm HTTP cache.',
    '',
    '### Where the UI time goes (medians, ms from navigation start)',
    '',
    '| page | boot script runs | list answer arrives | app bundle evaluated | complete list on screen |',
    '|---|---|---|---|---|',
    ...(['containers', 'images'] as const).map((page) => {
      const s = r.firstScreen[page];
      return `| ${page} | ${ms(median(s.bootMs))} | ${ms(median(s.listArrivedMs))} | ${ms(median(s.appEvaluatedMs))} | ${ms(median(s.completeMs))} |`;
    }),
    '',
    'The boot script asks for the list before the app bundle is evaluated; the list is drawn once both the answer and the app are there.',
    '',
    `## Engine event → row changed on screen (${r.eventToUi.fromEngineEvent.trials} stop/start trials)`,
    '',
    '| from | p50 | p95 | max |',
    '|---|---|---|---|',
    `| the Engine's event timestamp | ${ms(r.eventToUi.fromEngineEvent.p50Ms)} | ${ms(r.eventToUi.fromEngineEvent.p95Ms)} | ${ms(r.eventToUi.fromEngineEvent.maxMs)} |`,
    `| the API call (includes the Engine's stop/start) | ${ms(r.eventToUi.fromApiCall.p50Ms)} | ${ms(r.eventToUi.fromApiCall.p95Ms)} | ${ms(r.eventToUi.fromApiCall.maxMs)} |`,
    '',
    '## Scrolling, footprint, Engine requests',
    '',
    `- Scrolling ${r.scroll.rows} rows top to bottom, 120 px per frame: ${r.scroll.frames} frames in ${ms(r.scroll.durationMs)}; ${r.scroll.longTasksOver50Ms} long tasks over 50 ms; longest ${ms(r.scroll.longestTaskMs)}.`,
    `- Backend (\`serve\`) idle for ${r.footprint.idleSeconds} s with the containers page open: ${r.footprint.backendIdleCpuPercent}% CPU, ${r.footprint.backendRssMiB} MiB RSS.`,
    `- Renderer JS heap after visiting every page (after GC): ${r.footprint.rendererHeapMiB} MiB.`,
    `- Engine requests for one containers refresh: ${r.engineRequests.containersRefresh.length} (${r.engineRequests.containersRefresh.join(', ')}); for one images refresh: ${r.engineRequests.imagesRefresh.length} (${r.engineRequests.imagesRefresh.join(', ')}).`,
    '',
  ].join('\n');
}
