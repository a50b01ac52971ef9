/** Live stats channels: a few containers' samples (one Engine stats stream each), and the host overview. */
import { z } from 'zod';
import type { ContainerStatsEvent, StatsOverview } from '../dto';
import { containerRef } from './containers';
import { noInput, stream } from './define';

export const statsContract = {
  /**
   * About one sample a second per container, while open. The renderer asks only for containers in
   * view, and closes it when the window is hidden: no stats stream runs for what nobody sees.
   */
  'stats.follow': stream(
    z.object({ ids: z.array(containerRef).min(1).max(100) }).strict(),
  ).emits<ContainerStatsEvent>(),
  /** Every running container's total, every few seconds while open. */
  'stats.overview': stream(noInput).emits<StatsOverview>(),
} as const;
