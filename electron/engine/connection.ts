/**
 * The connection to the Docker Engine. DOCKER_HOST is used as given; otherwise the first of the usual
 * sockets that answers a ping. When a detected engine stops answering, the next status check probes
 * the candidates again, so Gantry finds an engine that (re)starts anywhere, without a restart.
 */
import Docker from 'dockerode';
import type { EngineInfo, EngineStatus } from '../shared/dto';
import { GantryError } from '../shared/errors';
import { candidateSockets, parseDockerHost, socketTarget, type AddressEnv, type EngineTarget } from './address';
import { describeConnectionFailure, mapEngineError } from './errors';

const PING_TIMEOUT_MS = 2000;

type Probe = { ok: true; info: EngineInfo } | { ok: false; reason: string };

export class EngineConnection {
  private current: { target: EngineTarget; docker: Docker } | null = null;
  private readonly fixedTarget: EngineTarget | null;
  private readonly configError: string | null;

  constructor(private readonly env: AddressEnv) {
    let fixed: EngineTarget | null = null;
    let configError: string | null = null;
    if (env.DOCKER_HOST) {
      try {
        fixed = parseDockerHost(env.DOCKER_HOST, env);
      } catch (error) {
        configError = (error as Error).message;
      }
    }
    this.fixedTarget = fixed;
    this.configError = configError;
  }

  /** The address in use, or the one we would try first. */
  address(): string {
    return (
      this.current?.target.address ?? this.fixedTarget?.address ?? this.env.DOCKER_HOST ?? this.candidates()[0]!.address
    );
  }

  /** Pings the engine (re-detecting it when needed) and says whether and where it is reachable. */
  async status(): Promise<EngineStatus> {
    if (this.configError) {
      return {
        state: 'unavailable',
        address: this.address(),
        tried: [this.address()],
        reason: 'BAD_DOCKER_HOST',
        message: this.configError,
      };
    }
    const targets = this.fixedTarget ? [this.fixedTarget] : this.orderedCandidates();
    const failures: { target: EngineTarget; reason: string }[] = [];
    for (const target of targets) {
      const docker = this.current?.target.address === target.address ? this.current.docker : new Docker(target.options);
      const probe = await probeEngine(docker, target);
      if (probe.ok) {
        this.current = { target, docker };
        return { state: 'connected', info: probe.info };
      }
      failures.push({ target, reason: probe.reason });
    }
    // Explain the most telling failure: a socket that exists but refuses us beats one that is absent.
    const telling = failures.find((f) => f.reason !== 'ENOENT') ?? failures[0]!;
    return {
      state: 'unavailable',
      address: telling.target.address,
      tried: targets.map((t) => t.address),
      reason: telling.reason,
      message: describeConnectionFailure(telling.reason, telling.target.address),
    };
  }

  /**
   * The client for Engine calls. Detects the engine on first use; fails with ENGINE_UNAVAILABLE when
   * none answers, so handlers never talk to a socket we know is dead.
   */
  async docker(): Promise<Docker> {
    if (this.current) return this.current.docker;
    const status = await this.status();
    if (status.state === 'unavailable' || !this.current) {
      throw new GantryError(
        'ENGINE_UNAVAILABLE',
        status.state === 'unavailable' ? status.message : 'The Docker Engine is not reachable.',
      );
    }
    return (this.current as { docker: Docker }).docker;
  }

  /** Wraps an Engine call: maps its failures and forgets a detected engine that went away. */
  async call<T>(subject: string, run: (docker: Docker) => Promise<T>): Promise<T> {
    const docker = await this.docker();
    try {
      return await run(docker);
    } catch (error) {
      const mapped = mapEngineError(error, this.address(), subject);
      if (mapped.code === 'ENGINE_UNAVAILABLE' && !this.fixedTarget) this.current = null;
      throw mapped;
    }
  }

  private candidates(): EngineTarget[] {
    return candidateSockets(this.env).map(socketTarget);
  }

  /** The engine we used last goes first, so a brief outage does not switch engines. */
  private orderedCandidates(): EngineTarget[] {
    const all = this.candidates();
    const last = this.current?.target.address;
    return last ? [...all.filter((t) => t.address === last), ...all.filter((t) => t.address !== last)] : all;
  }
}

async function probeEngine(docker: Docker, target: EngineTarget): Promise<Probe> {
  try {
    // dockerode accepts an abortSignal here; its type definitions do not say so.
    const versionWithSignal = docker.version.bind(docker) as unknown as (options: {
      abortSignal: AbortSignal;
    }) => Promise<Docker.DockerVersion & { Platform?: { Name?: string } }>;
    const version = await versionWithSignal({ abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) });
    return {
      ok: true,
      info: {
        address: target.address,
        source: target.source,
        name: version.Platform?.Name || 'Docker Engine',
        version: version.Version,
        apiVersion: version.ApiVersion,
        os: version.Os,
        arch: version.Arch,
      },
    };
  } catch (error) {
    const failure = error as { code?: string; name?: string; statusCode?: number };
    if (failure.name === 'AbortError' || failure.name === 'TimeoutError') return { ok: false, reason: 'TIMEOUT' };
    return { ok: false, reason: failure.code ?? (failure.statusCode ? `HTTP ${failure.statusCode}` : 'UNKNOWN') };
  }
}
