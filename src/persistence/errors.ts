/**
 * Storage failures as one error type the UI can act on. Quota errors are matched by every name and
 * legacy code browsers use: Excalidraw #11962 matched only Chromium's name, and Firefox users lost
 * data silently (design.md §4).
 */
export type PersistenceErrorKind =
  | 'quota'
  | 'blocked'
  | 'unavailable'
  | 'invalid'
  /** The stored copy fails validation and would be replaced; see MapRepository.save. */
  | 'damaged'
  | 'unknown';

export class PersistenceError extends Error {
  override readonly name = 'PersistenceError';
  override readonly cause: unknown;

  constructor(
    readonly kind: PersistenceErrorKind,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.cause = cause;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** 22 = DOMException.QUOTA_EXCEEDED_ERR (WebKit, old Chromium); 1014 = old Firefox. */
const QUOTA_CODES = new Set([22, 1014]);
const MAX_DEPTH = 5;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorInstance(value: unknown): boolean {
  return (
    value instanceof Error || (typeof DOMException !== 'undefined' && value instanceof DOMException)
  );
}

/**
 * Errors wrapped around the one that matters: `cause`, an IDBRequest/IDBTransaction's `error`,
 * an error event's `target.error`, and AggregateError's `errors`.
 */
function innerErrors(e: Record<string, unknown>): unknown[] {
  const inner: unknown[] = [e.cause, e.error];
  if (isObject(e.target)) inner.push(e.target.error);
  if (Array.isArray(e.errors)) inner.push(...(e.errors as unknown[]));
  return inner;
}

function someError(e: unknown, test: (e: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!isObject(e) || depth > MAX_DEPTH) return false;
  if (test(e)) return true;
  return innerErrors(e).some((inner) => inner !== e && someError(inner, test, depth + 1));
}

function isQuotaItself(e: Record<string, unknown>): boolean {
  if (e instanceof PersistenceError && e.kind === 'quota') return true;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  // Codes only on real error objects: a plain record with `code: 22` is not a storage error.
  return isErrorInstance(e) && typeof e.code === 'number' && QUOTA_CODES.has(e.code);
}

/** True when the browser refused a write because the storage quota is used up. */
export function isQuotaError(e: unknown): boolean {
  return someError(e, isQuotaItself);
}

/** The name of the innermost DOM error, e.g. 'VersionError' inside an AbortError's transaction. */
function errorName(e: unknown): string {
  let found = '';
  someError(e, (x) => {
    const name = typeof x.name === 'string' ? x.name : '';
    if (UNAVAILABLE.has(name) || INVALID.has(name)) found = name;
    return found !== '';
  });
  return found || (isObject(e) && typeof e.name === 'string' ? e.name : '');
}

function detailOf(e: unknown): string {
  if (isObject(e) && typeof e.message === 'string' && e.message) return e.message;
  return String(e);
}

const UNAVAILABLE = new Map([
  ['SecurityError', 'The browser does not allow PartnerMap to store data here (private mode?).'],
  [
    'InvalidStateError',
    'The connection to browser storage was closed (another tab may have updated PartnerMap). Reload the page.',
  ],
  ['VersionError', 'Another tab runs a newer version of PartnerMap. Reload this page.'],
  ['NotFoundError', 'Browser storage is missing a part PartnerMap needs. Reload the page.'],
]);

const INVALID = new Map([
  ['DataCloneError', 'The map contains data that cannot be stored.'],
  ['DataError', 'The map has a key that cannot be stored.'],
]);

/** Classifies any thrown value; a PersistenceError passes through unchanged. */
export function toPersistenceError(e: unknown): PersistenceError {
  if (e instanceof PersistenceError) return e;
  if (isQuotaError(e)) {
    return new PersistenceError(
      'quota',
      'The browser storage for PartnerMap is full. Export and delete maps you no longer need, then try again.',
      e,
    );
  }
  const name = errorName(e);
  const unavailable = UNAVAILABLE.get(name);
  if (unavailable) return new PersistenceError('unavailable', unavailable, e);
  const invalid = INVALID.get(name);
  if (invalid) return new PersistenceError('invalid', `${invalid} (${detailOf(e)})`, e);
  return new PersistenceError('unknown', `Browser storage failed: ${detailOf(e)}`, e);
}
