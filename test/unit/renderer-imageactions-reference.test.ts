import { describe, expect, it } from 'vitest';
import { repositoryOf, splitReference } from '../../renderer/src/features/imageActions/reference';
import { untagConsequence } from '../../renderer/src/features/imageActions/tagging';

describe('splitReference', () => {
  it.each([
    ['myapp:1.0', 'myapp', '1.0', false],
    ['team/app:dev', 'team/app', 'dev', false],
    ['localhost:5000/team/app:dev', 'localhost:5000/team/app', 'dev', false],
    ['localhost:5000/team/app', 'localhost:5000/team/app', 'latest', true],
    ['myapp', 'myapp', 'latest', true],
    ['myapp:', 'myapp', 'latest', true],
    ['  spaced:2  ', 'spaced', '2', false],
    ['registry.example.com:443/a/b:v1_rc-2', 'registry.example.com:443/a/b', 'v1_rc-2', false],
  ])('%s → %s : %s', (input, repository, tag, defaulted) => {
    expect(splitReference(input)).toEqual({ repository, tag, defaulted });
  });

  it('leaves bad names to the backend (no validation here)', () => {
    expect(splitReference('Bad Name:x')).toEqual({ repository: 'Bad Name', tag: 'x', defaulted: false });
    expect(splitReference(':x')).toEqual({ repository: ':x', tag: 'latest', defaulted: true });
  });

  it('repositoryOf keeps a registry port', () => {
    expect(repositoryOf('localhost:5000/app:1')).toBe('localhost:5000/app');
  });
});

describe('untagConsequence', () => {
  const stopped = { name: 'web-1', state: 'exited' };
  it('another tag remains: the image stays', () => {
    const result = untagConsequence({ repoTags: ['a:1', 'a:2'], containers: [stopped] }, 'a:1');
    expect(result.kind).toBe('keeps-image');
    expect(result.sentence).toBe('Removes the tag a:1. The image stays: it keeps its other tag (a:2).');
  });
  it('the last tag, containers use it: refused, naming them', () => {
    const result = untagConsequence({ repoTags: ['a:1'], containers: [stopped] }, 'a:1');
    expect(result.kind).toBe('refused');
    expect(result.sentence).toContain('web-1 (exited)');
  });
  it('the last tag, nothing uses it: the image itself would go', () => {
    const result = untagConsequence({ repoTags: ['a:1'], containers: [] }, 'a:1');
    expect(result.kind).toBe('removes-image');
    expect(result.sentence).toContain('removes the image itself');
  });
});
