/**
 * xterm.js 6 writes part of its CSS (cell sizes, theme colours, the scrollbar) into <style>
 * elements it creates while it opens. Our CSP (style-src 'self', no 'unsafe-inline') blocks those,
 * and we keep the CSP. So, for the moment xterm opens only, the <style> elements it asks for are
 * inert stand-ins (<template>, never a style) whose CSS goes into a constructable stylesheet: CSSOM, which the CSP allows,
 * and which an injected <style> tag (the parser's path) can never use. Later textContent writes
 * (theme changes, resizes) land in the same sheet.
 */
import type { Terminal } from '@xterm/xterm';

export function openWithAdoptedStyles(terminal: Terminal, parent: HTMLElement): () => void {
  const doc = parent.ownerDocument;
  const sheets: CSSStyleSheet[] = [];
  const create = doc.createElement.bind(doc);
  // An own property over the prototype's method, for the duration of open() only.
  const before = Object.getOwnPropertyDescriptor(doc, 'createElement');
  Object.defineProperty(doc, 'createElement', {
    configurable: true,
    writable: true,
    value: (tagName: string, options?: ElementCreationOptions) => {
      if (tagName.toLowerCase() !== 'style') return create(tagName, options);
      // Even an empty <style> counts as inline style to the CSP: hand back an inert <template>.
      const standIn = create('template');
      routeToSheet(standIn, doc, sheets);
      return standIn;
    },
  });
  try {
    terminal.open(parent);
  } finally {
    if (before) Object.defineProperty(doc, 'createElement', before);
    else Reflect.deleteProperty(doc, 'createElement');
  }
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet));
  };
}

function routeToSheet(element: HTMLElement, doc: Document, sheets: CSSStyleSheet[]): void {
  const sheet = new CSSStyleSheet();
  sheets.push(sheet);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let css = '';
  Object.defineProperty(element, 'textContent', {
    configurable: true,
    get: () => css,
    set: (value: string | null) => {
      css = value ?? '';
      sheet.replaceSync(css);
    },
  });
}
