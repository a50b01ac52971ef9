/** "List | Map": the images list and the image map are two views of the same images. */
import { useNavigate } from '@tanstack/react-router';
import { Segmented } from '../../components/Segmented';
import { lastImagesSearch } from './lastSearch';

export type ImagesViewKind = 'list' | 'map';

export function ImagesViewSwitch({ value }: { value: ImagesViewKind }) {
  const navigate = useNavigate();
  return (
    <Segmented
      label="View"
      value={value}
      options={[
        { value: 'list', label: 'List' },
        { value: 'map', label: 'Map' },
      ]}
      onChange={(next) => {
        if (next === value) return;
        if (next === 'map') void navigate({ to: '/images/map' });
        else void navigate({ to: '/images', search: lastImagesSearch() });
      }}
    />
  );
}
