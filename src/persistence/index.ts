export {
  DB_NAME,
  DB_VERSION,
  MAPS_STORE,
  SETTINGS_STORE,
  openPartnerMapDb,
  type OpenOptions,
  type PartnerMapDb,
  type PartnerMapDbSchema,
  type StoredMapRecord,
  type StoredSetting,
} from './db';
export {
  createRepository,
  openRepository,
  type LibraryEntry,
  type LoadResult,
  type MapRepository,
  type SaveOptions,
} from './repository';
export {
  PersistenceError,
  isQuotaError,
  toPersistenceError,
  type PersistenceErrorKind,
} from './errors';
export {
  attachLifecycleFlush,
  createAutosaver,
  type Autosaver,
  type AutosaverOptions,
  type LifecycleTarget,
  type SaveStatus,
} from './autosave';
export { requestPersistentStorage, type StorageNavigator } from './storage';
