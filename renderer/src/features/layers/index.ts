/** The layer views and the types their props use: what whoever wires the channels maps DTOs to. */
export { LayerStack, type LayerStackProps, type LayerStep } from './LayerStack';
export { FileExplorer, type ExplorerMode, type FileExplorerProps, type FileEntry } from './FileExplorer';
export { LayerSearch, type LayerSearchProps, type SearchResult } from './LayerSearch';
export { FileViewer, type FileViewerProps, type FileViewState } from './FileViewer';
export { WastePanel, type WastePanelProps, type WastedPath } from './WastePanel';
export { cleanCreatedBy } from './layerStack';
export { globMatcher } from './glob';
export type { FileChange, FileType } from './fileTree';
