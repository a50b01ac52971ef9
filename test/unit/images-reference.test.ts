import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  imageDigest,
  imageId,
  imageRef,
  imageReference,
  imageTag,
  repositoryName,
  taggedReference,
} from '../../electron/shared/contract';

const digest = `sha256:${'a1'.repeat(32)}`;

describe('image reference validation', () => {
  it.each([
    'busybox',
    'busybox:latest',
    'gantry-test/web:1.0',
    'library/busybox:1.36.1-musl',
    'my_org/my.app__x-y--z:v2_rc-1',
    'localhost/app',
    'localhost:5000/team/app:dev',
    'registry.example.com/a/b/c',
    'Registry.Example.com:443/app',
    `busybox@${digest}`,
    `localhost:5000/app:1.0@${digest}`,
    'a'.repeat(255),
    `app:${'t'.repeat(128)}`,
  ])('accepts %s', (reference) => {
    expect(imageReference.safeParse(reference).success).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['uppercase path component', 'Busybox'],
    ['uppercase in a later component', 'gantry/Web'],
    ['leading separator', '-app'],
    ['trailing separator', 'app-'],
    ['double dot', 'a..b'],
    ['triple underscore', 'a___b'],
    ['path escape', '../etc/passwd'],
    ['empty component', 'a//b'],
    ['query string', 'app?force=1'],
    ['space', 'my app'],
    ['empty tag', 'app:'],
    ['tag starting with a dot', 'app:.x'],
    ['tag too long', `app:${'t'.repeat(129)}`],
    ['digest with uppercase hex', `app@sha256:${'A'.repeat(64)}`],
    ['digest too short', 'app@sha256:abc'],
    ['other algorithm', `app@md5:${'a'.repeat(32)}`],
    ['name too long', 'a'.repeat(256)],
    ['port that is not a number', 'localhost:port/app'],
  ])('rejects %s', (_label, reference) => {
    expect(imageReference.safeParse(reference).success).toBe(false);
  });

  it('checks the parts on their own', () => {
    expect(repositoryName.safeParse('localhost:5000/team/app').success).toBe(true);
    expect(repositoryName.safeParse('app:1.0').success).toBe(false);
    expect(imageTag.safeParse('v1.0_rc-2').success).toBe(true);
    expect(imageTag.safeParse('-x').success).toBe(false);
    expect(imageTag.safeParse('a/b').success).toBe(false);
    expect(imageDigest.safeParse(digest).success).toBe(true);
    expect(imageDigest.safeParse(digest.slice(0, -1)).success).toBe(false);
  });

  it('wants an explicit tag where one tag is meant', () => {
    expect(taggedReference.safeParse('gantry-test/web:1.0').success).toBe(true);
    expect(taggedReference.safeParse('localhost:5000/app:dev').success).toBe(true);
    expect(taggedReference.safeParse('gantry-test/web').success).toBe(false);
    expect(taggedReference.safeParse('localhost:5000/app').success).toBe(false);
    expect(taggedReference.safeParse(`app:1@${digest}`).success).toBe(false);
  });

  it.each([`sha256:${'0f'.repeat(32)}`, '0f0f0f0f0f0f', 'f'.repeat(64)])('accepts image ID %s', (id) => {
    expect(imageId.safeParse(id).success).toBe(true);
    expect(imageRef.safeParse(id).success).toBe(true);
  });

  it.each([`sha256:${'0f'.repeat(31)}`, `sha256:${'G'.repeat(64)}`, 'sha256:', `sha512:${'a'.repeat(64)}`, 'abc'])(
    'rejects image ID %s',
    (id) => {
      expect(imageId.safeParse(id).success).toBe(false);
    },
  );

  it('takes an ID or a reference where one image is named, nothing else', () => {
    expect(imageRef.safeParse('gantry-test/web:1.0').success).toBe(true);
    expect(imageRef.safeParse('../../containers/x').success).toBe(false);
    expect(imageRef.safeParse(42).success).toBe(false);
  });
});

describe('image reference validation, fuzzed', () => {
  const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
  const alnum = fc.array(lower, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
  const separator = fc.constantFrom('.', '_', '__', '-', '--');
  const component = fc
    .tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 2 }))
    .map(([first, rest]) => first + rest.map(([sep, part]) => sep + part).join(''));
  const domain = fc.constantFrom('localhost:5000', 'registry.example.com', 'Reg-1.example.com:443');
  const tag = fc.stringMatching(/^[\w][\w.-]{0,20}$/);
  const reference = fc
    .tuple(fc.option(domain), fc.array(component, { minLength: 1, maxLength: 3 }), fc.option(tag), fc.boolean())
    .map(([host, path, t, withDigest]) => {
      const name = [...(host ? [host] : []), ...path].join('/');
      return `${name}${t ? `:${t}` : ''}${withDigest ? `@${digest}` : ''}`;
    });

  it('accepts every reference the grammar generates', () => {
    fc.assert(fc.property(reference, (ref) => imageReference.safeParse(ref).success));
  });

  it('never accepts anything that could leave the URL path segment it is put in', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        if (!imageReference.safeParse(text).success) return true;
        return !/\.\.|[?#%\s\\]/.test(text) && !text.startsWith('/') && !text.endsWith('/');
      }),
      { numRuns: 2000 },
    );
  });
});
