/**
 * The page's first script, kept small (transport only, no React): it connects to the backend and
 * asks for the first screen's data, then loads the app. The Engine's answer is on its way while the
 * browser evaluates the React bundle, instead of after it — the largest single cost of showing a
 * long list (see bench/RESULTS.md).
 */
import { startInitialRequests } from './lib/initialRequests';
import { transportOpen } from './lib/transport';

// User Timing marks: where the first screen's time goes, read by the bench (test/bench/ui.ts).
performance.mark('gantry:boot');
startInitialRequests(window.location.hash);
// Let the requests leave before the app's evaluation occupies the main thread; never wait long.
void transportOpen(50).then(() => import('./main'));
