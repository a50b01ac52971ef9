/**
 * Whether a line continues the one before it — a frame of a stack trace — so the viewer draws the
 * trace as one block under the line that started it. Covers the traces containers print most:
 * Java and Kotlin (at …, Caused by:, … N more), Node (at …), Python (Traceback, File "…", the
 * exception line), Go (panic:, goroutine N [running]:, tab-indented frames). Search and filters
 * still see every line on its own.
 */
import type { LogEntry } from './types';

/** Lines that are frames wherever they appear. */
const FRAME = [
  /^\s+at\s\S/, // Java, Kotlin, Node, .NET
  /^\s*\.\.\. \d+ (?:more|common frames omitted)/, // Java's elided frames
  /^\s*Caused by: /, // Java's cause chain
  /^\s+Suppressed: /,
  /^\s+File "[^"]+", line \d+/, // Python
  /^\t\S/, // Go frames: "\t/usr/local/go/src/runtime/panic.go:1038 +0x215"
];

/** Lines that open a trace: what follows them may continue them even where it is not a frame on its own. */
const TRACE_START = [/^panic: /, /^fatal error: /, /^Traceback \(most recent call last\):/, /^Exception in thread "/];

/** Inside a trace only: Go's goroutine headers and function lines, Python's code and exception lines, blank lines of a Go panic. */
const INSIDE_TRACE = [
  /^goroutine \d+ \[[^\]]+\]:$/,
  /^[\w./*()[\]{}-]+\(.*\)$/, // Go: "main.main()", "net/http.(*conn).serve(0xc000…)"
  /^ {4}\S/, // Python: the source line under a File "…" frame
  /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)(?::|$)/, // Python's last line: "ValueError: bad"
  /^created by /, // Go
  /^exit status \d+$/, // Go's run wrapper
];

/** True when `plain` is a frame (or a trace's inside line) following a line of the same trace. */
export function continuesPrevious(previous: LogEntry | undefined, plain: string): boolean {
  if (previous === undefined) return false;
  if (FRAME.some((pattern) => pattern.test(plain))) return true;
  const inTrace = previous.continuation || TRACE_START.some((pattern) => pattern.test(previous.plain));
  if (!inTrace) return false;
  // A Go panic has blank lines between its parts; anywhere else a blank line ends the trace.
  if (plain === '') return /^(?:panic: |fatal error: )/.test(previous.plain) || isGoFrame(previous.plain);
  return INSIDE_TRACE.some((pattern) => pattern.test(plain));
}

function isGoFrame(plain: string): boolean {
  return /^\t\S/.test(plain);
}
