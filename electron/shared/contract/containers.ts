/** Container channels: the list, every lifecycle action, one container seen whole, its writable layer. */
import { z } from 'zod';
import type {
  ContainerActionResult,
  ContainerArchive,
  ContainerChanges,
  ContainerCommitResult,
  ContainerDetail,
  ContainerDirListing,
  ContainerFileContent,
  ContainerProcesses,
  ContainerRemoveResult,
  ContainerSize,
  ContainerSizesEvent,
  ContainerSummary,
} from '../dto';
import { invoke, noInput, stream } from './define';
import { imageTag, repositoryName } from './images';

/** A container reference: a (short or full) hex ID or a name. No slashes, so it cannot escape the URL path. */
export const containerRef = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, 'must be a container ID or name');

/** Docker's own rule for a container name (daemon/names: [a-zA-Z0-9][a-zA-Z0-9_.-]+), without the leading slash. */
export const containerName = z
  .string()
  .regex(
    /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/,
    'must be 2 or more letters, digits or _ . - (starting with a letter or digit)',
  )
  .max(128)
  .transform((name) => name.replace(/^\//, ''));

/**
 * A signal by name (with or without SIG: "TERM", "SIGKILL", "SIGRTMIN+3") or number (1–64), as
 * `docker kill --signal` takes it.
 */
export const signalName = z.union(
  [
    z.string().regex(/^(SIG)?[A-Z][A-Z0-9]{1,9}([+-][0-9]{1,2})?$/, 'must be a signal name like SIGTERM'),
    z.number().int().min(1).max(64),
  ],
  { error: 'must be a signal name (SIGTERM) or number (1–64)' },
);

/** Seconds the Engine waits for the process to exit before it kills it (docker stop -t). */
const stopTimeout = z.number().int().min(0).max(600);

/** An absolute path inside a container. Only ever sent to the archive endpoint as a query value. */
export const containerPath = z
  .string()
  .min(1)
  .max(4096)
  .startsWith('/', 'must be an absolute path')
  .refine((path) => !path.includes('\0'), 'must not contain NUL');

const byId = z.object({ id: containerRef }).strict();
const withTimeout = z.object({ id: containerRef, timeoutSeconds: stopTimeout.optional() }).strict();

export const containersContract = {
  'containers.list': invoke(noInput).returns<ContainerSummary[]>(),
  'containers.start': invoke(byId).returns<ContainerActionResult>(),
  'containers.stop': invoke(withTimeout).returns<ContainerActionResult>(),
  'containers.restart': invoke(withTimeout).returns<ContainerActionResult>(),
  'containers.pause': invoke(byId).returns<ContainerActionResult>(),
  'containers.unpause': invoke(byId).returns<ContainerActionResult>(),
  'containers.kill': invoke(
    z.object({ id: containerRef, signal: signalName.optional() }).strict(),
  ).returns<ContainerActionResult>(),
  'containers.rename': invoke(
    z.object({ id: containerRef, name: containerName }).strict(),
  ).returns<ContainerActionResult>(),
  /** A running container needs `force`; `volumes` also removes its anonymous volumes (docker rm -v). */
  'containers.remove': invoke(
    z.object({ id: containerRef, force: z.boolean(), volumes: z.boolean() }).strict(),
  ).returns<ContainerRemoveResult>(),
  /** A new image from the container's filesystem (docker commit); repository and tag go together. */
  'containers.commit': invoke(
    z
      .object({
        id: containerRef,
        repository: repositoryName.optional(),
        tag: imageTag.optional(),
        message: z.string().max(4096).optional(),
        author: z.string().max(512).optional(),
        pause: z.boolean().optional(),
      })
      .strict()
      .refine((input) => input.tag === undefined || input.repository !== undefined, 'a tag needs a repository'),
  ).returns<ContainerCommitResult>(),
  /** One container whole (inspect, without sizes: those are slow, see containers.size). */
  'containers.inspect': invoke(byId).returns<ContainerDetail>(),
  /** The container's writable layer and total size, measured now (inspect with size). */
  'containers.size': invoke(byId).returns<ContainerSize>(),
  /** Every container's size, in one background Engine request; close to cancel. */
  'containers.sizes': stream(noInput).emits<ContainerSizesEvent>(),
  /** `docker top` of a running container. */
  'containers.top': invoke(byId).returns<ContainerProcesses>(),
  /** `docker diff`: what the container added, changed and deleted relative to its image. */
  'containers.changes': invoke(byId).returns<ContainerChanges>(),
  /** One folder of the container's filesystem, running or stopped (archive endpoint; no exec). */
  'containers.files': invoke(
    z.object({ id: containerRef, path: containerPath }).strict(),
  ).returns<ContainerDirListing>(),
  /** One regular file, for the viewer (first MiB). */
  'containers.file': invoke(
    z.object({ id: containerRef, path: containerPath }).strict(),
  ).returns<ContainerFileContent>(),
  /** A file or folder as a tar archive, for download (refused above 64 MiB). */
  'containers.archive': invoke(
    z.object({ id: containerRef, path: containerPath }).strict(),
  ).returns<ContainerArchive>(),
} as const;
