/**
 * Which secret-looking environment values are shown. The backend marks keys that look secret
 * (EnvVariable.secret); the page masks those values until the person clicks Show. The mask has a
 * fixed length, so it does not leak the value's length. Pure: container-page-secrets.test.ts.
 */
import type { EnvVariable } from '../../../../electron/shared/dto';

export const MASK = '••••••••';

/** Revealed keys; a new Set each change (React state). Env keys are unique per container. */
export function toggleRevealed(revealed: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(revealed);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

export function isMasked(variable: EnvVariable, revealed: ReadonlySet<string>): boolean {
  return variable.secret && !revealed.has(variable.key);
}

/** What the page prints for a value: the value, or the mask while it is hidden. */
export function shownValue(variable: EnvVariable, revealed: ReadonlySet<string>): string {
  return isMasked(variable, revealed) ? MASK : variable.value;
}

/** `KEY=value` lines to copy, secrets only as shown (a hidden one is copied masked). */
export function envText(env: readonly EnvVariable[], revealed: ReadonlySet<string>): string {
  return env.map((variable) => `${variable.key}=${shownValue(variable, revealed)}`).join('\n');
}
