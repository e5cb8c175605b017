import { getClient } from '../../api';
import type { ViewContext } from '../../app/extensions';
import { ProjectSummary } from '../project/ProjectSummary';
import { DashboardView } from './DashboardView';

/** The dashboard as a top-level view; clicking through opens the section in the workbench. */
export function DashboardPage({ project, openSection }: ViewContext) {
  return <DashboardView client={getClient()} onOpenSection={openSection} header={<ProjectSummary info={project.info} />} />;
}
