import { describe, expect, it } from 'vitest';
import { PersistenceError, isQuotaError, toPersistenceError } from '../../src/persistence';

const named = (name: string, code?: number) =>
  Object.assign(new Error(`${name} happened`), { name }, code === undefined ? {} : { code });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each<[string, unknown]>([
    ['a DOMException named QuotaExceededError (Chromium, Safari)', quota()],
    ['an error named NS_ERROR_DOM_QUOTA_REACHED (Firefox)', named('NS_ERROR_DOM_QUOTA_REACHED')],
    ['a plain record named QuotaExceededError', { name: 'QuotaExceededError' }],
    ['an error with legacy code 22 and another name', named('Error', 22)],
    ['an error with legacy code 1014 (old Firefox)', named('Error', 1014)],
    ['a DOMException wrapped as cause', new Error('save failed', { cause: quota() })],
    [
      'a DOMException two causes deep',
      new Error('a', { cause: new Error('b', { cause: quota() }) }),
    ],
    ['a transaction-like object with the error in .error', { name: 'AbortError', error: quota() }],
    ['an error event with the error on its target', { type: 'error', target: { error: quota() } }],
    ['an AggregateError holding one', new AggregateError([new TypeError('x'), quota()])],
    ['a PersistenceError of kind quota', new PersistenceError('quota', 'full')],
  ])('is true for %s', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['the bare string', 'QuotaExceededError'],
    ['a DOMException named AbortError', new DOMException('aborted', 'AbortError')],
    ['a TypeError', new TypeError('x is not a function')],
    ['an error with a string code', Object.assign(new Error('io'), { code: 'EINVAL' })],
    ['a plain record with code 22 (not an error object)', { code: 22 }],
    ['an error with another numeric code', named('Error', 20)],
    ['a PersistenceError of another kind', new PersistenceError('unknown', 'QuotaExceededError?')],
  ])('is false for %s', (_, error) => {
    expect(isQuotaError(error)).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a: { name: string; cause?: unknown } = { name: 'A' };
    a.cause = { name: 'B', cause: a };
    expect(isQuotaError(a)).toBe(false);
  });
});

describe('toPersistenceError', () => {
  it.each<[string, unknown, PersistenceError['kind']]>([
    ['a quota error', quota(), 'quota'],
    ['a quota error inside an AbortError', { name: 'AbortError', error: quota() }, 'quota'],
    ['a VersionError (a newer tab)', new DOMException('v', 'VersionError'), 'unavailable'],
    [
      'an InvalidStateError (closed connection)',
      new DOMException('c', 'InvalidStateError'),
      'unavailable',
    ],
    ['a SecurityError (storage disabled)', new DOMException('s', 'SecurityError'), 'unavailable'],
    ['a DataCloneError', new DOMException('d', 'DataCloneError'), 'invalid'],
    ['a TypeError', new TypeError('boom'), 'unknown'],
    ['a string', 'boom', 'unknown'],
  ])('classifies %s', (_, error, kind) => {
    const result = toPersistenceError(error);
    expect(result).toBeInstanceOf(PersistenceError);
    expect(result.kind).toBe(kind);
    expect(result.cause).toBe(error);
  });

  it('keeps the original message for unknown errors', () => {
    expect(toPersistenceError(new TypeError('boom')).message).toContain('boom');
  });

  it('returns a PersistenceError unchanged', () => {
    const error = new PersistenceError('blocked', 'close other tabs');
    expect(toPersistenceError(error)).toBe(error);
  });
});
