// Plain IndexedDB calls as promises, for the code that must run without Dexie: the first
// read of a warm start (Dexie is 30 KB gzip and is loaded after the first screen) and the
// dataset worker. Store names and layouts are the ones db.ts declares.

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = (event) => event.preventDefault(); // let onabort report the one real cause
  });
}

/**
 * Opens `name` at whatever version it has, or resolves undefined when it does not exist yet
 * (creating it is Dexie's job: it owns the schema). Never upgrades anything.
 */
export function openExistingDatabase(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      // Only a database that did not exist upgrades when opened without a version; aborting
      // leaves no empty database behind.
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (missing) resolve(undefined);
      else reject(request.error ?? new Error(`Cannot open ${name}`));
    };
    request.onblocked = () => undefined; // the caller's timeout decides
  });
}

export function hasStores(idb: IDBDatabase, names: readonly string[]): boolean {
  return names.every((name) => idb.objectStoreNames.contains(name));
}
