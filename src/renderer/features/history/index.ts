export { HistoryDrawer } from './HistoryDrawer';
export type { HistoryDrawerProps } from './HistoryDrawer';
