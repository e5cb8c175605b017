// The `.pwb` project store: open, create and check project files.
export { createProjectStore, openProjectStore } from './open-project';
export type { NewProjectInfo } from './open-project';
export { validateProjectFile, DEFAULT_VALIDATE_TIMEOUT_MS } from './file-validation';
export { APPLICATION_ID, SCHEMA_VERSION } from './schema';
export type { DecisionRecord, Dismissal, NewSection, ProjectStore, SaveOptions, StoreOpenOptions, ValidationResult } from './types';
