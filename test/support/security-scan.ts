/**
 * Electronegativity over the Electron shell, gated on its SARIF output (the tool itself always
 * exits 0). Every finding must be listed in ALLOWED with the reason it is not a problem here;
 * anything new fails the run, so a change that weakens the window or IPC setup is caught.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');

/** "RULE file" → why it is accepted. Keep each reason checkable in the code it names. */
const ALLOWED: Record<string, string> = {
  'CONTEXT_ISOLATION_JS_CHECK main/window.ts':
    'webPreferences come from secureWebPreferences() (contextIsolation: true), which the tool cannot follow; test/unit/electron-window.test.ts asserts the values.',
  'SANDBOX_JS_CHECK main/window.ts':
    'sandbox: true in secureWebPreferences(), which the tool cannot follow; asserted in test/unit/electron-window.test.ts.',
  'AUXCLICK_JS_CHECK main/window.ts':
    'A middle-click opens a window through setWindowOpenHandler, which denies every window (main/security.ts); asserted in test/unit/electron-security.test.ts.',
  'OPEN_EXTERNAL_JS_CHECK main/security.ts':
    'openExternal is only called for URLs that pass isAllowedExternalUrl (http(s) with a host and no credentials; file:, smb:, javascript: and custom handlers refused); asserted in test/unit/electron-policy.test.ts.',
  'CSP_GLOBAL_CHECK main/security.ts':
    'The CSP is one constant (shared/contentSecurityPolicy.ts) that the tool cannot read. The built renderer comes from app://gantry, whose handler (main/appRequests.ts) sets it on every response, since webRequest need not see custom schemes; security.ts adds it to every other response (the dev server). The string, the meta tag in renderer/index.html and the handler header are asserted in test/unit/electron-policy.test.ts and test/unit/static-renderer-files.test.ts.',
};

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
}

const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
const out = path.join(mkdtempSync(path.join(tmpdir(), 'gantry-eneg-')), 'results.sarif');

// -e: the tool would otherwise try to look the Electron version up online.
execFileSync(
  process.execPath,
  [cli, '-i', path.join(repo, 'electron'), '-e', electronVersion, '-r', '-v', 'false', '-o', out],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

const results = (JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: SarifResult[] }[] }).runs.flatMap(
  (run) => run.results ?? [],
);
const unexplained = results.filter((result) => {
  const file = result.locations[0]?.physicalLocation.artifactLocation.uri ?? '?';
  return !(`${result.ruleId} ${file}` in ALLOWED);
});
for (const result of unexplained) {
  const where = result.locations[0]?.physicalLocation;
  console.error(
    `${result.level} ${result.ruleId} electron/${where?.artifactLocation.uri}:${where?.region?.startLine ?? '?'} — ${result.message.text}`,
  );
}
console.log(
  `electronegativity ${electronVersion}: ${results.length} findings, ${results.length - unexplained.length} explained, ${unexplained.length} new`,
);
if (unexplained.length > 0) process.exit(1);
