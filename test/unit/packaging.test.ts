/**
 * Packaging settings that a later edit must not quietly undo (build/electron-builder.yml): the
 * sandbox is never switched off by a desktop entry, the fuses are set, nothing native is rebuilt,
 * and electron-builder itself accepts the file. Plus the fact that makes skipping the rebuild safe:
 * ssh2 works without its optional native helper cpu-features.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = path.resolve(import.meta.dirname, '../..');
const configText = readFileSync(path.join(repo, 'build/electron-builder.yml'), 'utf8');
const config = parse(configText) as Record<string, unknown> & {
  linux: Record<string, unknown>;
  appImage: Record<string, unknown>;
  files: string[];
};
const require = createRequire(import.meta.url);

describe('electron-builder config', () => {
  it('gives no desktop entry --no-sandbox (AppImage and .deb alike)', () => {
    expect(config.appImage['executableArgs']).toEqual([]);
    expect(config.linux['executableArgs']).toEqual([]);
    // Nothing anywhere in the file passes it (comments aside).
    const settings = configText
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(settings).not.toContain('no-sandbox');
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, asar only and validated, no file:// privileges', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('rebuilds no native module and ships no cpu-features', () => {
    expect(config['npmRebuild']).toBe(false);
    expect(config.files).toContain('!**/node_modules/cpu-features{,/**}');
  });

  it('keeps the .deb AppArmor profile (no custom profile that could drop userns)', () => {
    expect((config['deb'] as Record<string, unknown>)['appArmorProfile']).toBeUndefined();
  });

  it("is valid for electron-builder's own schema (a misspelt fuse would be ignored otherwise)", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { runAsNod: false } },
        { isEnabled: false, add: () => undefined },
      ),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });
});

describe('ssh2 without cpu-features', () => {
  it('loads and makes a client when cpu-features cannot be loaded', () => {
    // A child Node whose module loader refuses cpu-features, as a package without it would.
    const script = `
      const Module = require('node:module');
      const load = Module._load;
      let asked = false;
      Module._load = function (request, ...rest) {
        if (request === 'cpu-features') {
          asked = true;
          const error = new Error("Cannot find module 'cpu-features'");
          error.code = 'MODULE_NOT_FOUND';
          throw error;
        }
        return load.call(this, request, ...rest);
      };
      const { Client } = require('ssh2');
      const client = new Client();
      process.stdout.write(JSON.stringify({ asked, client: typeof client.connect }));
    `;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: repo, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ asked: true, client: 'function' });
  });
});
