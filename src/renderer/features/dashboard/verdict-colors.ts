import type { Verdict } from '../../../shared/models';

/** One colour per verdict, shared by the dashboard and the verdict badges. */
export const VERDICT_COLORS: Record<Verdict, string> = {
  'not-rated': '#b8c0c8',
  'not-started': '#8a6d3b',
  'in-progress': '#2f7ec2',
  'partially-kept': '#e0a526',
  kept: '#2e8b57',
  broken: '#c0392b',
};
