import { describe, expect, it } from 'vitest';
import { detectLevel, normaliseLevel, parseStructured } from '../../renderer/src/features/logs/model/structured';

describe('parseStructured: JSON lines', () => {
  it('reads zap and logrus lines: level and message out, the rest in order', () => {
    expect(
      parseStructured('{"level":"warn","ts":1733318400.5,"msg":"slow query","ms":812,"db":{"name":"app"}}'),
    ).toEqual({
      format: 'json',
      level: 'warn',
      message: 'slow query',
      fields: [
        ['ts', '1733318400.5'],
        ['ms', '812'],
        ['db', '{"name":"app"}'],
      ],
    });
  });

  it("reads pino's numeric levels and ECS's nested log.level", () => {
    expect(parseStructured('{"level":50,"msg":"boom"}')?.level).toBe('error');
    expect(parseStructured('{"level":30,"msg":"hi"}')?.level).toBe('info');
    expect(parseStructured('{"@timestamp":"t","log":{"level":"debug"},"message":"m"}')).toMatchObject({
      level: 'debug',
      message: 'm',
    });
  });

  it("reads Serilog's compact form", () => {
    expect(parseStructured('{"@t":"2026-12-04","@m":"Started","@l":"Warning"}')).toMatchObject({
      level: 'warn',
      message: 'Started',
    });
  });

  it('keeps a level it cannot read as a field', () => {
    expect(parseStructured('{"level":"loud","msg":"x"}')).toMatchObject({ level: null, fields: [['level', 'loud']] });
  });

  it('is null for JSON that is not an object, and for broken JSON', () => {
    expect(parseStructured('[1,2,3]')).toBeNull();
    expect(parseStructured('{"a": }')).toBeNull();
    expect(parseStructured('{ not json }')).toBeNull();
  });
});

describe('parseStructured: logfmt lines', () => {
  it('reads bare and quoted values with escapes', () => {
    expect(parseStructured('time=2026-12-04T10:00:00Z level=error msg="connect: \\"db\\" refused" retries=3')).toEqual({
      format: 'logfmt',
      level: 'error',
      message: 'connect: "db" refused',
      fields: [
        ['time', '2026-12-04T10:00:00Z'],
        ['retries', '3'],
      ],
    });
  });

  it('keeps an empty value', () => {
    expect(parseStructured('a= b=2')?.fields).toEqual([
      ['a', ''],
      ['b', '2'],
    ]);
  });

  it('leaves sentences alone, even with one key=value inside', () => {
    expect(parseStructured('Listening on port=8080')).toBeNull();
    expect(parseStructured('x=1')).toBeNull();
    expect(parseStructured('a=1 b="unclosed')).toBeNull();
    expect(parseStructured('1+1=2 and 2=2')).toBeNull();
  });
});

describe('detectLevel', () => {
  it.each([
    ['2026-12-04 10:00:00.123 ERROR 1 --- [main] o.s.boot: failed', 'error'],
    ['2026/12/04 10:00:00 [notice] 1#1: start worker processes', 'info'],
    ['2026/12/04 10:00:00 [warn] 1#1: low memory', 'warn'],
    ['E1204 10:00:00.000000       1 reflector.go:138] watch failed', 'error'],
    ['W1204 10:00:00.000000       1 cache.go:12] slow', 'warn'],
    ['2026-12-04 10:00:00.000 UTC [1] FATAL:  password authentication failed', 'error'],
    ['npm ERR! code ELIFECYCLE', 'error'],
    ['warning: the option is deprecated', 'warn'],
    ['DEBUG:root:cache hit', 'debug'],
    ['time="2026-12-04" level=info msg=up', 'info'],
    ['<trace> entering handler', 'trace'],
  ])('%s → %s', (line, level) => {
    expect(detectLevel(line)).toBe(level);
  });

  it.each(['no error found', 'GET /information 200', 'Ready to accept connections', 'errors=0 warnings=0'])(
    '%s → none',
    (line) => {
      expect(detectLevel(line)).toBeNull();
    },
  );

  it('looks only at the start of a long line', () => {
    expect(detectLevel(`${'x'.repeat(500)} ERROR`)).toBeNull();
  });
});

describe('normaliseLevel', () => {
  it('maps the words loggers use', () => {
    expect(['FATAL', 'panic', 'crit', 'Warning', 'notice', 'verbose', 'DBUG'].map(normaliseLevel)).toEqual([
      'error',
      'error',
      'error',
      'warn',
      'info',
      'trace',
      'debug',
    ]);
    expect(normaliseLevel(5)).toBeNull();
    expect(normaliseLevel({})).toBeNull();
  });
});
