// Test support: the project facts the export tests render with.
import type { ProjectInfo } from '../../src/shared/models';

export const SAMPLE_PROJECT: ProjectInfo = {
  name: 'Regeerakkoord 2019-2024',
  government: 'Vlaamse Regering Jambon (2019-2024)',
  termStart: '2019-10-02',
  termEnd: '2024-09-30',
  language: 'nl',
  createdAt: '2024-01-01T00:00:00Z',
};
