/** The part of `navigator` used here, so that tests can pass their own. */
export interface StorageNavigator {
  readonly storage?: {
    persist?: () => Promise<boolean>;
    persisted?: () => Promise<boolean>;
  };
}

/**
 * Asks the browser to keep PartnerMap's storage: without it Safari evicts a site's data after
 * 7 days without a visit (design.md §4). True when storage is persistent; false when unsupported
 * or refused. Never throws: a refusal is not an error, the app works on as before.
 */
export async function requestPersistentStorage(
  nav: StorageNavigator | undefined = globalThis.navigator as StorageNavigator | undefined,
): Promise<boolean> {
  const storage = nav?.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return (await storage.persist()) === true;
  } catch {
    // Some browsers reject outside a secure context or in private mode: treat as "not persistent".
    return false;
  }
}
