import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../renderer/src/features/terminal/commandLine';

describe('parseCommandLine (the terminal’s custom command)', () => {
  it.each([
    ['python3 -i', ['python3', '-i']],
    ['  sh   -l  ', ['sh', '-l']],
    [`sh -c 'echo "a b"; ls'`, ['sh', '-c', 'echo "a b"; ls']],
    ['sh -c "say \\"hi\\""', ['sh', '-c', 'say "hi"']],
    ['cat my\\ file', ['cat', 'my file']],
    ["printf ''", ['printf', '']],
    ['echo $HOME *', ['echo', '$HOME', '*']],
    ['', []],
  ])('%s', (text, args) => {
    expect(parseCommandLine(text)).toEqual(args);
  });
});
