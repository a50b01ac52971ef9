/**
 * `npm run serve -- [--host H] [--port N] [--token T]`: Gantry for a browser. Prints exactly one
 * line, "Gantry serving at http://HOST:PORT/?token=T", once it is ready (tests wait for it).
 */
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../api/backend';
import { isLoopbackHost, parseServeArgs, servedUrl, type ServeOptions } from './options';
import { startWebServer } from './webServer';

/** Where `serve` keeps its data (the layer index cache): the XDG data home, as desktop apps do. */
function serveDataDir(env: NodeJS.ProcessEnv): string {
  return path.join(env.XDG_DATA_HOME || path.join(os.homedir(), '.local/share'), 'gantry');
}

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`gantry serve: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!isLoopbackHost(options.host)) {
    console.error(
      `Warning: serving on ${options.host}, not only this machine. Anyone who can reach it and has the token controls your Docker Engine, which is root on this host.`,
    );
  }
  const backend = createBackend(process.env, { dataDir: serveDataDir(process.env) });
  // The bundle lives in dist/electron; the built renderer beside it in dist/renderer.
  const rendererDir = process.env.GANTRY_RENDERER_DIR ?? path.join(import.meta.dirname, '../renderer');
  let server;
  try {
    server = await startWebServer({
      ...options,
      rendererDir,
      router: backend.router,
      download: (ticket) => backend.download(ticket),
      onPageServed: () => backend.pageOpening(),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} is already in use; pass --port N (or --port 0 for any free port)`
        : (error as Error).message;
    console.error(`gantry serve: cannot listen on ${options.host}:${options.port}: ${reason}`);
    process.exit(1);
  }
  console.log(`Gantry serving at ${servedUrl(options.host, server.port, options.token)}`);

  const stop = () => {
    void backend
      .dispose()
      .then(() => server.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
