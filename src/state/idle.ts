// Work that must not compete with drawing: run it when the browser is idle (or soon after,
// where requestIdleCallback is missing), and let the caller cancel it when it is stale.
/** Longest wait for an idle period before the work runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/**
 * Resolves in a new task (MessageChannel: not clamped like setTimeout), so the browser may
 * handle input and paint in between. Each extra task can cost a frame: only for long work.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
