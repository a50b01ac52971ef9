/**
 * Running tasks of one engine scope: long operations (layer indexing now; pull, build, save later)
 * that report progress and end with a result. A task is keyed by what it works on, so asking for
 * the same work while it runs re-attaches to the run instead of starting a second one; a page
 * opened later can list the tasks and attach. When the last listener goes, the task is cancelled.
 */

export interface TaskProgress {
  phase: string;
  done: number;
  total: number;
  message: string;
}

export interface TaskInfo {
  key: string;
  kind: string;
  title: string;
  startedAt: number;
  progress: TaskProgress;
}

export interface TaskListener<R> {
  progress(progress: TaskProgress): void;
  done(result: R): void;
  fail(error: unknown): void;
}

type TaskWork<R> = (report: (progress: TaskProgress) => void, signal: AbortSignal) => Promise<R>;

export class RunningTask<R> {
  private readonly listeners = new Set<TaskListener<R>>();
  private readonly controller = new AbortController();
  private outcome: { ok: true; value: R } | { ok: false; error: unknown } | null = null;
  progress: TaskProgress = { phase: 'starting', done: 0, total: 0, message: 'Starting' };
  readonly startedAt = Date.now();

  constructor(
    readonly key: string,
    readonly kind: string,
    readonly title: string,
    work: TaskWork<R>,
    onSettled: () => void,
  ) {
    // Started on the next tick, so the first listener is attached before any progress.
    void Promise.resolve()
      .then(() => work((progress) => this.report(progress), this.controller.signal))
      .then(
        (value) => this.settle({ ok: true, value }),
        (error: unknown) => this.settle({ ok: false, error }),
      )
      .finally(onSettled);
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  /** Hears the latest progress at once, then every update and the end. Returns detach. */
  attach(listener: TaskListener<R>): () => void {
    if (this.outcome) {
      if (this.outcome.ok) listener.done(this.outcome.value);
      else listener.fail(this.outcome.error);
      return () => {};
    }
    this.listeners.add(listener);
    listener.progress(this.progress);
    return () => {
      if (!this.listeners.delete(listener)) return;
      // Nobody waits for the result any more: stop the work (and its Engine request).
      if (this.listeners.size === 0 && !this.outcome) this.controller.abort();
    };
  }

  info(): TaskInfo {
    return { key: this.key, kind: this.kind, title: this.title, startedAt: this.startedAt, progress: this.progress };
  }

  private report(progress: TaskProgress): void {
    if (this.outcome) return;
    this.progress = progress;
    for (const listener of this.listeners) listener.progress(progress);
  }

  private settle(outcome: NonNullable<RunningTask<R>['outcome']>): void {
    this.outcome = outcome;
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) {
      if (outcome.ok) listener.done(outcome.value);
      else listener.fail(outcome.error);
    }
  }
}

export class TaskRegistry {
  private readonly running = new Map<string, RunningTask<unknown>>();

  /** The running task for `key`, or a new one doing `work`. */
  start<R>(key: string, kind: string, title: string, work: TaskWork<R>): RunningTask<R> {
    const existing = this.running.get(key);
    if (existing && !existing.cancelled) return existing as RunningTask<R>;
    const task: RunningTask<R> = new RunningTask(key, kind, title, work, () => {
      if (this.running.get(key) === task) this.running.delete(key);
    });
    this.running.set(key, task);
    return task;
  }

  get(key: string): RunningTask<unknown> | undefined {
    return this.running.get(key);
  }

  list(): TaskInfo[] {
    return [...this.running.values()].map((task) => task.info());
  }
}

/**
 * A stream's view of a task: attaches (to the run started now or by another page) until the task
 * ends or `signal` aborts; closing detaches, and the last listener to go cancels the task. Resolves
 * after `done` was called with the result, or on abort; rejects with the task's failure.
 */
export function followTask<R>(
  task: RunningTask<R>,
  signal: AbortSignal,
  on: { progress(progress: TaskProgress): void; done(result: R): void },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const detach = task.attach({
      progress: (progress) => on.progress(progress),
      done: (result) => {
        on.done(result);
        resolve();
      },
      fail: reject,
    });
    signal.addEventListener(
      'abort',
      () => {
        detach();
        resolve();
      },
      { once: true },
    );
  });
}
