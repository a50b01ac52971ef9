/**
 * One xterm.js terminal for the tab's lifetime, and the sessions (terminal.open duplex streams)
 * it connects to: output written to it, keystrokes and resizes sent back, the end said in words.
 * The terminal follows its box (ResizeObserver → fit addon → a resize message) and the system's
 * light/dark scheme.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../electron/shared/contract';
import type { DuplexStream } from '../../lib/api';
import { api } from '../../lib/transport';
import { copyText } from '../../lib/clipboard';
import { DARK_QUERY, terminalTheme } from './terminalTheme';
import { openWithAdoptedStyles } from './xtermStyles';

export type SessionStatus =
  | { phase: 'idle' }
  | { phase: 'connecting' }
  | { phase: 'open'; cmd: string[]; user: string }
  /** The session is over: the process exited, the container stopped, or we disconnected. */
  | { phase: 'ended'; message: string; reason: 'exited' | 'stopped' | 'closed' | 'disconnected' }
  | { phase: 'failed'; code: string; message: string };

export type SessionOptions = Pick<InputOf<'terminal.open'>, 'cmd' | 'user' | 'workdir'>;

/** Below the contract's 64 KiB per message, counted in UTF-16 units as the backend counts them. */
const INPUT_CHUNK = 32 * 1024;
const clampCells = (value: number) => Math.min(1000, Math.max(1, value));

export function useTerminalSession(containerId: string) {
  const hostRef = useRef<HTMLDivElement>(null);
  const terminalRef = useRef<Terminal | null>(null);
  const sessionRef = useRef<DuplexStream<'terminal.open'> | null>(null);
  const [status, setStatus] = useState<SessionStatus>({ phase: 'idle' });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const dark = window.matchMedia(DARK_QUERY);
    const terminal = new Terminal({
      fontFamily: getComputedStyle(host).getPropertyValue('--font-mono').trim() || 'monospace',
      fontSize: 12.5,
      lineHeight: 1.25,
      cursorBlink: true,
      scrollback: 5000,
      theme: terminalTheme(host, dark.matches),
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    const dropStyles = openWithAdoptedStyles(terminal, host);
    terminalRef.current = terminal;
    fit.fit();

    terminal.onData((data) => {
      for (let i = 0; i < data.length; i += INPUT_CHUNK) {
        sessionRef.current?.send({ kind: 'input', data: data.slice(i, i + INPUT_CHUNK) });
      }
    });
    terminal.onResize(({ cols, rows }) => {
      sessionRef.current?.send({ kind: 'resize', cols: clampCells(cols), rows: clampCells(rows) });
    });
    // Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes (the browser's own paste, which
    // xterm takes as pasted text), as in the terminals on Linux; plain Ctrl+C stays the interrupt.
    terminal.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
      const key = event.key.toLowerCase();
      if (key === 'c') {
        const selection = terminal.getSelection();
        if (selection) void copyText(selection);
        event.preventDefault();
        return false;
      }
      return key !== 'v';
    });

    const observer = new ResizeObserver(() => fit.fit());
    observer.observe(host);
    const onScheme = () => (terminal.options.theme = terminalTheme(host, dark.matches));
    dark.addEventListener('change', onScheme);
    return () => {
      dark.removeEventListener('change', onScheme);
      observer.disconnect();
      sessionRef.current?.close();
      sessionRef.current = null;
      terminalRef.current = null;
      terminal.dispose();
      dropStyles();
    };
  }, []);

  const connect = useCallback(
    (options: SessionOptions) => {
      const terminal = terminalRef.current;
      if (!terminal) return;
      sessionRef.current?.close();
      terminal.reset();
      setStatus({ phase: 'connecting' });
      const input = { id: containerId, ...options, cols: clampCells(terminal.cols), rows: clampCells(terminal.rows) };
      const session = api.duplex('terminal.open', input, {
        onEvent: (event) => {
          if (sessionRef.current !== session) return;
          if (event.kind === 'output') terminal.write(event.data);
          else if (event.kind === 'started') {
            setStatus({ phase: 'open', cmd: event.cmd, user: event.user });
            terminal.focus();
          } else setStatus({ phase: 'ended', message: event.message, reason: event.reason });
        },
        onEnd: (error) => {
          if (sessionRef.current !== session) return;
          sessionRef.current = null;
          if (error) setStatus({ phase: 'failed', code: error.code, message: error.message });
          else
            setStatus((now) =>
              now.phase === 'ended' ? now : { phase: 'ended', message: 'The session ended.', reason: 'closed' },
            );
        },
      });
      sessionRef.current = session;
    },
    [containerId],
  );

  const disconnect = useCallback(() => {
    if (!sessionRef.current) return;
    sessionRef.current.close();
    sessionRef.current = null;
    setStatus({ phase: 'ended', message: 'Disconnected.', reason: 'disconnected' });
  }, []);

  return { hostRef, status, connect, disconnect };
}
