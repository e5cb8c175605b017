export { MergeView } from './MergeView';
export type { MergeViewProps } from './MergeView';
export { MergePage } from './MergePage';
