import { useEffect } from 'react';

/** "Images — Gantry": each page names itself. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Gantry`;
  }, [title]);
}
