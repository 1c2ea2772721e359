import { describe, expect, it } from 'vitest';
import { splitCommandList, splitCommands } from './compat';

describe('splitCommands', () => {
  it('splits &&, ;, ||, | and continuations', () => {
    const cmds = splitCommands(
      'apt-get update && \\\n apt-get install -y golang-go; rm -rf /var/lib/apt/lists/* || true | cat',
    );
    expect(cmds.map((c) => c.argv[0])).toEqual(['apt-get', 'apt-get', 'rm', 'true', 'cat']);
    expect(cmds[2].argv).toEqual(['rm', '-rf', '/var/lib/apt/lists/*']);
  });
  it('reads env prefixes and quotes', () => {
    const [c] = splitCommands('CGO_ENABLED=0 go build -ldflags "-s -w" -o /app .');
    expect(c.env).toEqual({ CGO_ENABLED: '0' });
    expect(c.argv).toEqual(['go', 'build', '-ldflags', '-s -w', '-o', '/app', '.']);
  });
  it('expands variables and drops redirections', () => {
    const [c] = splitCommands('echo $HOME ${X:-def} > /dev/null 2>&1', { HOME: '/root' });
    expect(c.argv).toEqual(['echo', '/root', 'def']);
  });
  it('reads sh -c recursively and skips keywords', () => {
    expect(splitCommands('sh -c "mkdir -p /a && touch /a/b"').map((c) => c.argv[0])).toEqual([
      'mkdir',
      'touch',
    ]);
    expect(splitCommands('if [ -f x ]; then rm x; fi').map((c) => c.argv[0])).toEqual(['[', 'rm']);
  });
  it('keeps command substitutions as one word', () => {
    const [c] = splitCommands('echo $(uname -m) x');
    expect(c.argv).toEqual(['echo', '$(uname -m)', 'x']);
  });
});

describe('splitCommandList', () => {
  it('keeps the operator after each command, also after a nested sh -c', () => {
    const list = splitCommandList(
      "printf '2 * 100' | docker run -i calc && sh -c 'echo a; echo b' || echo no",
    );
    expect(list.map((c) => [c.command.argv[0], c.next])).toEqual([
      ['printf', '|'],
      ['docker', '&&'],
      ['echo', ';'],
      ['echo', '||'],
      ['echo', null],
    ]);
    // The same commands as splitCommands, in the same order.
    expect(list.map((c) => c.command)).toEqual(
      splitCommands("printf '2 * 100' | docker run -i calc && sh -c 'echo a; echo b' || echo no"),
    );
  });
});
