import { describe, expect, it } from 'vitest';
import { parseAnsi } from '../../renderer/src/features/logs/model/ansi';

const ESC = '\x1b';

describe('parseAnsi', () => {
  it('leaves a plain line alone, with no spans', () => {
    expect(parseAnsi('GET /healthz 200 1.2ms')).toEqual({ plain: 'GET /healthz 200 1.2ms' });
  });

  it('turns the 16 colours and styles into spans, and their resets end them', () => {
    const { plain, spans } = parseAnsi(`${ESC}[1;31mERROR${ESC}[0m disk ${ESC}[93mfull${ESC}[39m!`);
    expect(plain).toBe('ERROR disk full!');
    expect(spans).toEqual([
      { text: 'ERROR', bold: true, fg: 1 },
      { text: ' disk ' },
      { text: 'full', fg: 11 },
      { text: '!' },
    ]);
  });

  it('reads 256-colour and 24-bit colours in both the ; and the : forms', () => {
    expect(parseAnsi(`${ESC}[38;5;208mo${ESC}[48;5;17mb`).spans).toEqual([
      { text: 'o', fg: 208 },
      { text: 'b', fg: 208, bg: 17 },
    ]);
    expect(parseAnsi(`${ESC}[38;2;255;0;128mpink`).spans).toEqual([{ text: 'pink', fg: '#ff0080' }]);
    expect(parseAnsi(`${ESC}[38:2::0:128:255mblue`).spans).toEqual([{ text: 'blue', fg: '#0080ff' }]);
  });

  it('drops a 24-bit colour out of range instead of passing it on', () => {
    expect(parseAnsi(`${ESC}[38;2;999;0;0mx`)).toEqual({ plain: 'x' });
    expect(parseAnsi(`${ESC}[38;5;300mx`)).toEqual({ plain: 'x' });
  });

  it('turns single attributes off with their own reset codes', () => {
    const { spans } = parseAnsi(`${ESC}[1;2;3;4;9mA${ESC}[22mB${ESC}[23;24mC${ESC}[29mD`);
    expect(spans).toEqual([
      { text: 'A', bold: true, dim: true, italic: true, underline: true, strike: true },
      { text: 'B', italic: true, underline: true, strike: true },
      { text: 'C', strike: true },
      { text: 'D' },
    ]);
  });

  it('treats an empty SGR as a reset', () => {
    expect(parseAnsi(`${ESC}[32mok${ESC}[m done`).spans).toEqual([{ text: 'ok', fg: 2 }, { text: ' done' }]);
  });

  it('removes cursor moves, OSC titles and hyperlinks, charset switches and other controls', () => {
    const line = `${ESC}[2K${ESC}[1G${ESC}]0;title\x07${ESC}]8;;https://x.io${ESC}\\link${ESC}]8;;${ESC}\\${ESC}(Bdone\x07\x00\x08\x7f\x85`;
    expect(parseAnsi(line)).toEqual({ plain: 'linkdone' });
  });

  it('keeps tabs and drops the other C0 controls without styling', () => {
    expect(parseAnsi('a\tb\x01c\x1fd')).toEqual({ plain: 'a\tbcd' });
  });

  it('shows what a terminal would show last after carriage returns', () => {
    expect(parseAnsi('Downloading 10%\rDownloading 55%\rDownloading 100%').plain).toBe('Downloading 100%');
    expect(parseAnsi('windows line\r').plain).toBe('windows line');
  });

  it('drops an escape sequence cut off at the end of the line', () => {
    expect(parseAnsi(`half${ESC}[38;5`).plain).toBe('half');
  });

  it('never lets escape text through: no ESC and no "[31m" left in plain', () => {
    const { plain } = parseAnsi(`${ESC}[31mred${ESC}[0m ${ESC}[?25l${ESC}[10;20Hmoved`);
    expect(plain).toBe('red moved');
    expect(plain).not.toMatch(/\x1b|\[\d/);
  });
});
