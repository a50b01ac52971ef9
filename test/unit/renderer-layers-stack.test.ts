import { describe, expect, it } from 'vitest';
import {
  barPercent,
  cleanCreatedBy,
  groupSteps,
  sharedLabel,
  type LayerStep,
} from '../../renderer/src/features/layers/layerStack';

describe('cleanCreatedBy', () => {
  it('reads the classic builder', () => {
    expect(cleanCreatedBy('/bin/sh -c #(nop)  CMD ["sh"]')).toEqual({ instruction: 'CMD', text: '["sh"]' });
    expect(cleanCreatedBy('/bin/sh -c #(nop) ADD file:0f1c2 in / ')).toEqual({
      instruction: 'ADD',
      text: 'file:0f1c2 in /',
    });
    expect(cleanCreatedBy('/bin/sh -c apt-get update && apt-get install -y curl')).toEqual({
      instruction: 'RUN',
      text: 'apt-get update && apt-get install -y curl',
    });
  });
  it('reads BuildKit, build args included', () => {
    expect(cleanCreatedBy('RUN /bin/sh -c make build # buildkit')).toEqual({ instruction: 'RUN', text: 'make build' });
    expect(cleanCreatedBy('RUN |2 VERSION=1.2 TARGET=x /bin/sh -c ./build.sh')).toEqual({
      instruction: 'RUN',
      text: './build.sh',
    });
    expect(cleanCreatedBy('COPY dir:ab12 in /app ')).toEqual({ instruction: 'COPY', text: 'dir:ab12 in /app' });
    expect(cleanCreatedBy('WORKDIR /app')).toEqual({ instruction: 'WORKDIR', text: '/app' });
  });
  it('calls anything else RUN', () => {
    expect(cleanCreatedBy('')).toEqual({ instruction: 'RUN', text: '' });
    expect(cleanCreatedBy('Imported from -')).toEqual({ instruction: 'RUN', text: 'Imported from -' });
  });
});

describe('barPercent', () => {
  it('is linear to the largest layer, with a visible minimum for non-zero layers', () => {
    expect(barPercent(500, 1000)).toBe(50);
    expect(barPercent(1000, 1000)).toBe(100);
    expect(barPercent(1, 1_000_000)).toBe(1.5);
    expect(barPercent(0, 1000)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
  });
});

describe('groupSteps and sharedLabel', () => {
  const step = (size: number, inBase: boolean): LayerStep => ({
    instruction: 'RUN',
    text: 'x',
    created: 0,
    size,
    layerIndex: 0,
    sharedWith: [],
    inBase,
  });
  it('splits base steps from the image own, with their bytes', () => {
    const groups = groupSteps([step(10, true), step(5, true), step(7, false)]);
    expect(groups.base).toHaveLength(2);
    expect(groups.own).toHaveLength(1);
    expect(groups.baseBytes).toBe(15);
    expect(groups.ownBytes).toBe(7);
  });
  it('words sharing', () => {
    expect(sharedLabel([])).toBeNull();
    expect(sharedLabel([{ name: 'a:1' }])).toEqual({ text: 'shared with 1 image', title: 'a:1' });
    expect(sharedLabel([{ name: 'a:1' }, { name: 'b:2' }, { name: 'c' }])).toEqual({
      text: 'shared with 3 images',
      title: 'a:1\nb:2\nc',
    });
  });
});
