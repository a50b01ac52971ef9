/**
 * The log search's worker: holds a copy of the buffer's plain texts and runs the patterns over
 * them, off the window's thread. A pattern that backtracks without end hangs only this worker, and
 * LogSearch terminates it after its timeout — the window never waits on a regular expression.
 */
import { searchLines, type MatchChunk } from './searchCore';
import type { FromSearchWorker, ToSearchWorker } from './searchProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let seqs: number[] = [];
let texts: string[] = [];
/** Index of the oldest line still held; compacted when it passes half the arrays. */
let head = 0;
let pattern: RegExp | null = null;

scope.onmessage = ({ data }) => {
  switch (data.t) {
    case 'append': {
      const from = seqs.length;
      for (let k = 0; k < data.seqs.length; k += 1) {
        seqs.push(data.seqs[k]!);
        texts.push(data.texts[k]!);
      }
      if (data.request !== undefined && pattern) answer(data.request, false, searchLines(pattern, seqs, texts, from));
      return;
    }
    case 'evict': {
      while (head < seqs.length && seqs[head]! < data.before) head += 1;
      if (head > 1024 && head * 2 > seqs.length) {
        seqs = seqs.slice(head);
        texts = texts.slice(head);
        head = 0;
      }
      return;
    }
    case 'reset':
      seqs = data.seqs.slice();
      texts = data.texts.slice();
      head = 0;
      return;
    case 'query':
      pattern = data.source === null ? null : new RegExp(data.source, data.flags);
      if (pattern) answer(data.request, true, searchLines(pattern, seqs, texts, head));
      return;
  }
};

function answer(request: number, full: boolean, chunk: MatchChunk): void {
  scope.postMessage({ t: 'matches', request, full, chunk }, [
    chunk.seqs.buffer,
    chunk.counts.buffer,
    chunk.offsets.buffer,
    chunk.ranges.buffer,
  ]);
}
