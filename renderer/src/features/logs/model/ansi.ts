/** WIP stub (issue 9, replaced by the model's real parser): ANSI SGR → styled spans; other controls removed. */
import type { StyledSpan } from './types';

/** `plain` without escape codes and control characters; `spans` only when the line had styling. */
export function parseAnsi(text: string): { plain: string; spans?: StyledSpan[] } {
  return { plain: text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '') };
}
