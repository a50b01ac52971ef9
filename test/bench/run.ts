/**
 * `npm run bench` (full) and the CI smoke run (`--smoke`): builds the load on the private engine
 * the test runner started, measures, prints a table, and writes results.json and RESULTS.md
 * (full: bench/, committed; smoke: test-results/bench-smoke/). Figures only, no timed assertions:
 * the smoke run fails only when a figure could not be produced.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/api/backend';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { SEED, testEnv } from '../support/fixtures';
import { measureContainerSizes } from './containerSizes';
import { timeContainerPage, timeShowSizes } from './containerViews';
import { timeImageLayers, timeImageMap } from './imageViews';
import { measureEventToUi } from './eventLatency';
import { buildLoad, FULL_LOAD, SMOKE_LOAD } from './load';
import { LISTS, measureList, openEventStream, rawEngineGet } from './listLatency';
import type { LogsResults } from './logs';
import type { LogsViewResults } from './logsView';
import { renderReport, type BenchResults, type LayerIndexResults } from './report';
import { startRequestCounter } from '../support/requestCounter';
import { cpuSeconds, rssBytes, startServe } from './serveProcess';
import { median, round } from './stats';
import {
  latencySummary,
  newBenchContext,
  scrollLongTasks,
  timeInAppNavigation,
  timeListRender,
  usedHeapBytes,
} from './ui';
import Docker from 'dockerode';

const smoke = process.argv.includes('--smoke');
const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = smoke ? path.join(repoRoot, 'test-results/bench-smoke') : path.join(repoRoot, 'bench');
const size = smoke ? SMOKE_LOAD : FULL_LOAD;
const runs = smoke ? 3 : 9;
const eventTrials = smoke ? 6 : 60;
const idleSeconds = smoke ? 3 : 60;
const dockerCli = '/usr/bin/docker';

const dockerHost = testEnv('dockerHost');
const socketPath = dockerHost.replace(/^unix:\/\//, '');
const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  const docker = new Docker({ socketPath });
  const started = Date.now();
  log(`building load: ${JSON.stringify(size)}`);
  await buildLoad(docker, size);
  const loadSeconds = (Date.now() - started) / 1000;
  const containerCount = ((await rawEngineGet(socketPath, LISTS.containers.enginePath)) as unknown[]).length;
  const imageCount = ((await rawEngineGet(socketPath, LISTS.images.enginePath)) as unknown[]).length;
  const runningCount = (await docker.listContainers()).length;
  log(
    `load ready in ${round(loadSeconds)} s: ${containerCount} containers (${runningCount} running), ${imageCount} images`,
  );

  // Below the UI: raw API, CLI, router — same engine, back to back.
  const newBackend = () => createBackend({ DOCKER_HOST: dockerHost });
  const containersTimings = await measureList('containers', { socketPath, dockerCli, newBackend, runs });
  const imagesTimings = await measureList('images', { socketPath, dockerCli, newBackend, runs });
  log('sizes for every container: containers.sizes vs the raw request vs docker ps -as');
  const containerSizes = await measureContainerSizes({ socketPath, dockerCli, newBackend, runs: smoke ? 3 : 5 });

  // Engine requests per refresh with the app open (its event stream connected), through a counting proxy.
  const counter = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'count.sock'));
  const counted = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` });
  await openEventStream(counted);
  const requestsFor = async (channel: 'containers.list' | 'images.list') => {
    await counted.router.invoke(channel, {}); // the first list fills the mirror
    counter.reset();
    await counted.router.invoke(channel, {});
    return counter.requests();
  };
  const containerRequests = await requestsFor('containers.list');
  const imageRequests = await requestsFor('images.list');
  await counted.dispose();
  await counter.close();

  // The UI, through `serve`, in Chromium.
  const serve = await startServe(repoRoot, dockerHost);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const base = serve.url.replace(/#.*$/, '');
  try {
    const uiContainersMs = await timeListRender(browser, `${base}#/containers`, 'Containers', containerCount, runs);
    const uiImagesMs = await timeListRender(browser, `${base}#/images`, 'Images', imageCount, runs);
    const uiSwitchMs = await timeInAppNavigation(
      browser,
      base,
      [
        { hash: '#/containers', label: 'Containers', rows: containerCount },
        { hash: '#/images', label: 'Images', rows: imageCount },
      ],
      runs,
    );

    const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}#/containers`);
    const table = page.getByRole('table', { name: 'Containers' });
    await table.locator('[aria-rowindex="2"]').waitFor();
    const onScreen = await table.getByRole('row').filter({ hasText: 'bench-running-' }).allInnerTexts();
    const trialNames = onScreen
      .map((text) => text.match(/bench-running-\d{3}/)?.[0])
      .filter((n): n is string => !!n)
      .slice(0, 8);
    if (trialNames.length === 0) throw new Error('no running bench containers on screen for the event trials');
    log(`event-to-UI trials on ${trialNames.join(', ')}`);
    const events = await measureEventToUi(page, socketPath, trialNames, eventTrials);

    const scroll = await scrollLongTasks(page, 'Containers');
    // Back to the top: the list keeps its scroll position across pages, and the checks below wait for its first rows.
    await page.evaluate(() => {
      let scroller = document.querySelector<HTMLElement>('[role="table"][aria-label="Containers"]');
      while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
      scroller?.scrollTo({ top: 0 });
    });

    // Idle: the containers page open with every running container on it; nothing should poll.
    const cpuBefore = cpuSeconds(serve.pid);
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const idleCpuPercent = ((cpuSeconds(serve.pid) - cpuBefore) / idleSeconds) * 100;
    const backendRss = rssBytes(serve.pid);

    await page.goto(`${base}#/images`);
    await page.getByRole('table', { name: 'Images' }).locator('[aria-rowindex="2"]').waitFor();
    await page.goto(`${base}#/containers`);
    await table.locator('[aria-rowindex="2"]').waitFor();
    const heapBytes = await usedHeapBytes(page);

    await context.close();

    // The image views: the map of every image, and an image page's Layers & files tab.
    const imageMap = await timeImageMap(browser, base, runs);
    const webImageId = (await docker.getImage(SEED.images.web).inspect()).Id;
    const imageLayers = await timeImageLayers(browser, base, webImageId, runs);

    // The container views with every container of the load: one container's page, and the list's Show sizes.
    const pageContainerId = (await docker.getContainer(SEED.containers.web.name).inspect()).Id;
    const containerPage = await timeContainerPage(browser, base, pageContainerId, runs);
    const showSizes = await timeShowSizes(browser, base, smoke ? 1 : 3);

    // The layer index runs in a process of its own, so the RSS it reports is the indexer's alone.
    log('layer index: building the big image and indexing it against docker save');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/bench/layerIndex.ts'), ...(smoke ? ['--smoke'] : [])], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const layerIndex = JSON.parse(readFileSync(path.join(outDir, 'layer-index.json'), 'utf8')) as LayerIndexResults;
    log('logs: following a fast printer, and the tail of a long log');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/bench/logs.ts'), ...(smoke ? ['--smoke'] : [])], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const logs = JSON.parse(readFileSync(path.join(outDir, 'logs.json'), 'utf8')) as LogsResults;
    log('logs view: following, a fast printer, a long log opened and searched, then idle');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/bench/logsView.ts'), ...(smoke ? ['--smoke'] : [])], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const logsView = JSON.parse(readFileSync(path.join(outDir, 'logs-view.json'), 'utf8')) as LogsViewResults;

    const engineVersion = (await docker.version()).Version;
    const results: BenchResults = {
      mode: smoke ? 'smoke' : 'full',
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        kernel: os.release(),
        node: process.version,
        engine: engineVersion,
        chromium: browser.version(),
      },
      load: {
        containers: containerCount,
        running: runningCount,
        images: imageCount,
        volumes: size.volumes,
        buildSeconds: round(loadSeconds),
      },
      lists: {
        containers: { ...containersTimings, uiMs: uiContainersMs.completeMs, uiSwitchMs: uiSwitchMs.Containers! },
        images: { ...imagesTimings, uiMs: uiImagesMs.completeMs, uiSwitchMs: uiSwitchMs.Images! },
      },
      firstScreen: { containers: uiContainersMs, images: uiImagesMs },
      engineRequests: { containersRefresh: containerRequests, imagesRefresh: imageRequests },
      eventToUi: {
        fromEngineEvent: latencySummary(events.fromEngineEventMs),
        fromApiCall: latencySummary(events.fromApiCallMs),
      },
      scroll: {
        rows: containerCount,
        frames: scroll.frames,
        durationMs: round(scroll.durationMs),
        longTasksOver50Ms: scroll.longTasks.length,
        longestTaskMs: scroll.longTasks.length ? round(Math.max(...scroll.longTasks)) : 0,
      },
      footprint: {
        idleSeconds,
        backendIdleCpuPercent: round(idleCpuPercent, 2),
        backendRssMiB: round(backendRss / 2 ** 20),
        rendererHeapMiB: round(heapBytes / 2 ** 20),
      },
      layerIndex,
      logs,
      logsView,
      imageViews: { mapImages: imageCount, map: imageMap, layers: imageLayers },
      containerSizes,
      containerViews: { containers: containerCount, page: containerPage, showSizes },
    };

    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const report = renderReport(results);
    writeFileSync(path.join(outDir, 'RESULTS.md'), report);
    console.log(`\n${report}`);
    const missing = missingFigures(results);
    if (missing.length > 0) {
      console.error(`[bench] figures not produced: ${missing.join(', ')}`);
      process.exitCode = 1;
    } else {
      log(`wrote ${path.relative(repoRoot, outDir)}/results.json and RESULTS.md`);
    }
  } finally {
    await browser.close();
    await serve.stop();
  }
}

/** Every figure must be a finite number: the smoke run's only assertion. */
function missingFigures(results: BenchResults): string[] {
  const missing: string[] = [];
  const check = (name: string, value: number) => Number.isFinite(value) || missing.push(name);
  for (const [list, timings] of Object.entries(results.lists)) {
    for (const [kind, values] of Object.entries(timings)) check(`${list}.${kind}`, median(values as number[]));
  }
  check('eventToUi.p95', results.eventToUi.fromEngineEvent.p95Ms);
  check('scroll.frames', results.scroll.frames);
  check('footprint.cpu', results.footprint.backendIdleCpuPercent);
  check('footprint.rss', results.footprint.backendRssMiB);
  check('footprint.heap', results.footprint.rendererHeapMiB);
  check('layerIndex.ratio', results.layerIndex.ratio);
  check('imageViews.map', median(results.imageViews.map.milestones['drawn'] ?? []));
  check('imageViews.layers', median(results.imageViews.layers.milestones['layersDrawn'] ?? []));
  check('containerViews.page', median(results.containerViews.page.milestones['overviewDrawn'] ?? []));
  check('containerViews.showSizes', median(results.containerViews.showSizes.sizesShownMs));
  check('imageViews.files', median(results.imageViews.layers.milestones['filesListed'] ?? []));
  check('layerIndex.peakRss', results.layerIndex.peakRssMiB);
  check('layerIndex.reopen', median(results.layerIndex.reopenFromDiskMs));
  for (const kind of ['rawApiMs', 'cliMs', 'streamMs'] as const) {
    check(`containerSizes.${kind}`, median(results.containerSizes[kind]));
  }
  check('logs.follow.ratio', results.logs.follow.ratio);
  check('logs.tail', median(results.logs.tail.oursMs));
  check('logsView.delayP95', results.logsView.steady.delayP95Ms);
  check('logsView.heap', results.logsView.steady.heapPeakMiB);
  check('logsView.fastRatio', results.logsView.fast.ratio);
  check('logsView.open', median(results.logsView.open.tailOnScreenMs));
  check('logsView.search', median(results.logsView.search.countShownMs));
  check('logsView.idle', results.logsView.idle.openLogConnections + results.logsView.idle.openStatsConnections);
  // Zero requests is a figure (the lists are answered from memory); only a missing count is not.
  if (!Array.isArray(results.engineRequests.containersRefresh)) missing.push('engineRequests.containers');
  if (!Array.isArray(results.engineRequests.imagesRefresh)) missing.push('engineRequests.images');
  return missing;
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
