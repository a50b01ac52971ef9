import { createBackend } from './electron/api/backend';
const backend = createBackend({ DOCKER_HOST: 'unix:///tmp/gb.WreU/sock' });
const ids = (await backend.router.invoke('images.list', {})) as { ok: true; value: { id: string; repoTags: string[] }[] };
const big = ids.value.find((i) => i.repoTags.includes('gantry-bench/big:latest'))!;
const t = performance.now();
await new Promise((resolve) => backend.router.subscribe('p', 1, 'layers.index', { imageId: big.id }, { event: () => {}, end: resolve }));
console.log('index ms', Math.round(performance.now() - t));
await backend.dispose();
