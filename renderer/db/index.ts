export { PilahDatabase, getDatabase, type StoredBackup } from './database';
export { ProjectRepository, ProjectNotFoundError, type StoredProjectSummary } from './project-repository';
export { BackupRepository, BACKUPS_KEPT } from './backup-repository';
export { MetaRepository } from './meta-repository';
