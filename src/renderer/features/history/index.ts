export { HistoryDrawer } from './HistoryDrawer';
export type { HistoryDrawerProps } from './HistoryDrawer';
export { HistoryPanel } from './HistoryPanel';
