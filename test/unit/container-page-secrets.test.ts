import { describe, expect, it } from 'vitest';
import type { EnvVariable } from '../../electron/shared/dto';
import { envText, isMasked, MASK, shownValue, toggleRevealed } from '../../renderer/src/features/containerPage/secrets';

const PASSWORD: EnvVariable = { key: 'DB_PASSWORD', value: 'hunter2-long-secret', secret: true };
const TOKEN: EnvVariable = { key: 'API_TOKEN', value: 'x', secret: true };
const PATH: EnvVariable = { key: 'PATH', value: '/usr/bin:/bin', secret: false };

describe('secret masking', () => {
  it('masks secret values until their key is revealed, with one mask whatever the length', () => {
    const none = new Set<string>();
    expect(shownValue(PASSWORD, none)).toBe(MASK);
    expect(shownValue(TOKEN, none)).toBe(MASK);
    expect(shownValue(PATH, none)).toBe('/usr/bin:/bin');
    expect(isMasked(PATH, none)).toBe(false);
    const shown = toggleRevealed(none, 'DB_PASSWORD');
    expect(shownValue(PASSWORD, shown)).toBe('hunter2-long-secret');
    expect(shownValue(TOKEN, shown)).toBe(MASK);
    expect(none.size).toBe(0);
  });

  it('hides again on a second toggle', () => {
    const twice = toggleRevealed(toggleRevealed(new Set(), 'API_TOKEN'), 'API_TOKEN');
    expect(isMasked(TOKEN, twice)).toBe(true);
  });

  it('copies KEY=value lines with hidden secrets still masked', () => {
    expect(envText([PATH, PASSWORD], new Set())).toBe(`PATH=/usr/bin:/bin\nDB_PASSWORD=${MASK}`);
    expect(envText([PATH, PASSWORD], new Set(['DB_PASSWORD']))).toBe(
      'PATH=/usr/bin:/bin\nDB_PASSWORD=hunter2-long-secret',
    );
  });
});
