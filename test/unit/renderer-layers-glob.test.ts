import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../renderer/src/features/layers/glob';

function matches(pattern: string, paths: string[]): string[] {
  const match = globMatcher(pattern);
  return paths.filter(match);
}

const paths = [
  '/etc',
  '/etc/ssl',
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/ssl/openssl.cnf',
  '/etc/sslx',
  '/usr/lib/ssl/cert.pem',
  '/usr/share/doc/a.txt',
  '/a.pem',
  '/root/.bashrc',
];

describe('globMatcher', () => {
  it('matches a plain path and everything under it, not its namesakes', () => {
    expect(matches('/etc/ssl', paths)).toEqual([
      '/etc/ssl',
      '/etc/ssl/certs/ca-certificates.crt',
      '/etc/ssl/openssl.cnf',
    ]);
    expect(matches('etc/ssl/', paths)).toEqual(matches('/etc/ssl', paths));
  });

  it('matches a name at any depth when the pattern has no slash', () => {
    expect(matches('*.pem', paths)).toEqual(['/usr/lib/ssl/cert.pem', '/a.pem']);
    expect(matches('.bashrc', paths)).toEqual(['/root/.bashrc']);
  });

  it('keeps * and ? within one segment', () => {
    expect(matches('/etc/*', paths)).toEqual(['/etc/ssl', '/etc/sslx']);
    expect(matches('/etc/ss?', paths)).toEqual(['/etc/ssl']);
    expect(matches('/*.pem', paths)).toEqual(['/a.pem']);
  });

  it('lets ** cross segments, including none', () => {
    expect(matches('/etc/**/*.crt', paths)).toEqual(['/etc/ssl/certs/ca-certificates.crt']);
    expect(matches('/etc/ssl/**/openssl.cnf', paths)).toEqual(['/etc/ssl/openssl.cnf']);
    expect(matches('/usr/**', paths)).toEqual(['/usr/lib/ssl/cert.pem', '/usr/share/doc/a.txt']);
    expect(matches('**/ssl/*', paths)).toEqual(['/etc/ssl/openssl.cnf', '/usr/lib/ssl/cert.pem']);
  });

  it('treats regular-expression characters literally and is case-sensitive', () => {
    expect(globMatcher('/a.pem')('/aXpem')).toBe(false);
    expect(globMatcher('/(x)+')('/(x)+')).toBe(true);
    expect(globMatcher('/ETC')('/etc')).toBe(false);
  });

  it('matches everything for an empty pattern', () => {
    expect(matches('  ', paths)).toEqual(paths);
  });
});
