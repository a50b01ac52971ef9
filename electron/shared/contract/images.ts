/** Image channels. */
import type { ImageSummary } from '../dto';
import { invoke, noInput } from './define';

export const imagesContract = {
  'images.list': invoke(noInput).returns<ImageSummary[]>(),
} as const;
