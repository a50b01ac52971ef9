/** Container channels. */
import { z } from 'zod';
import type { ContainerSummary } from '../dto';
import { invoke, noInput } from './define';

/** A container reference: a (short or full) hex ID or a name. No slashes, so it cannot escape the URL path. */
export const containerRef = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, 'must be a container ID or name');

export const containersContract = {
  'containers.list': invoke(noInput).returns<ContainerSummary[]>(),
  'containers.start': invoke(z.object({ id: containerRef }).strict()).returns<null>(),
  'containers.stop': invoke(
    z.object({ id: containerRef, timeoutSeconds: z.number().int().min(0).max(600).optional() }).strict(),
  ).returns<null>(),
} as const;
