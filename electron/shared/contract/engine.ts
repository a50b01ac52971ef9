/** The engine's own channels: its status, and the one events stream every list follows. */
import { z } from 'zod';
import type { EngineEvent, EngineStatus } from '../dto';
import { invoke, noInput, stream } from './define';

export const engineContract = {
  'engine.status': invoke(noInput).returns<EngineStatus>(),
  /** `sinceMs`: also replay what the Engine saw since then (epoch ms), so a list fetched just before misses nothing. */
  'engine.events': stream(z.object({ sinceMs: z.number().int().positive().optional() }).strict()).emits<EngineEvent>(),
} as const;
