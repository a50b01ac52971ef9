import { Button } from '../../components/Button';
import { SelectionBar as Bar } from '../../components/SelectionBar';
import { formatSize } from '../../lib/format';

/** The images list's selection bar: how many and their size; Remove. */
export function SelectionBar({
  count,
  size,
  onClear,
  onRemove,
}: {
  count: number;
  size: number;
  onClear: () => void;
  onRemove: () => void;
}) {
  return (
    <Bar count={count} detail={formatSize(size)} onClear={onClear}>
      <Button size="sm" variant="secondary" onClick={onRemove}>
        Remove…
      </Button>
    </Bar>
  );
}
