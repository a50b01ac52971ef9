/** The engine's status and the events stream's shapes. */
import type { ContainerSummary } from './containers';

export interface EngineInfo {
  /** The address we are talking to, e.g. "unix:///var/run/docker.sock". */
  address: string;
  /** Where the address came from: the DOCKER_HOST variable or the first socket that answered. */
  source: 'DOCKER_HOST' | 'detected';
  name: string;
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
}

export type EngineStatus =
  | { state: 'connected'; info: EngineInfo }
  | {
      state: 'unavailable';
      /** The address we would use (the first candidate when nothing answered). */
      address: string;
      /** Every address tried, in order. */
      tried: string[];
      /** Short machine-readable reason: ENOENT, EACCES, ECONNREFUSED, TIMEOUT… */
      reason: string;
      /** What happened and what to do, in plain words. */
      message: string;
    };

/**
 * What the engine-events stream delivers. Container events come with the container's fresh summary
 * so the renderer updates the one row the event names instead of refetching the whole list.
 */
export type EngineEvent =
  | { kind: 'container'; action: string; id: string; container: ContainerSummary | null }
  | { kind: 'image'; action: string; id: string }
  | { kind: 'engine'; status: EngineStatus };
