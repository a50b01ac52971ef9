/**
 * The page's first script, kept small (transport only, no React): it connects to the backend and
 * asks for the first screen's data, then loads the app. The Engine's answer is on its way while the
 * browser evaluates the React bundle, instead of after it — the largest single cost of showing a
 * long list (see bench/RESULTS.md).
 */
import { firstListSettled, startInitialRequests } from './lib/initialRequests';
import { transportOpen } from './lib/transport';

const WAIT_FOR_FIRST_LIST_MS = 100;

// User Timing marks: where the first screen's time goes, read by the bench (test/bench/ui.ts).
performance.mark('gantry:boot');
startInitialRequests(window.location.hash);
// Let the requests leave before the app's evaluation occupies the main thread, and let a quick
// answer arrive before it too: then the first render already has the list (one render pass, not
// a skeleton and then the rows). The browser fetches and compiles the app meanwhile (modulepreload).
// Never wait long: a slow Engine gets the app and its loading skeleton.
void transportOpen(50)
  .then(() => firstListSettled(WAIT_FOR_FIRST_LIST_MS))
  .then(() => import('./main'));
