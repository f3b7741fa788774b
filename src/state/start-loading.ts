// Starts loading the dataset as the very first thing the page runs. main.ts imports this
// module first, so it is evaluated before ECharts, Svelte and the views (~100 ms of module
// code on a warm start, more on two slow cores): the IndexedDB read, or on a first visit the
// dataset worker's download, is requested before them instead of after them (the traces show
// the read now answered as soon as they finish; the bench's medians did not move beyond their
// noise). Nothing here may import the app's UI code, or that order is lost.
import { loadDataset, type LoadResult } from '../db/load';
import { whenIdle } from './idle';

export interface Loading {
  /** What the first screen draws, and the data layer behind it. */
  result: Promise<LoadResult>;
  /** Settles when the first screen is drawn: Dexie, storing and revalidating wait for it. */
  afterFirstScreen: Promise<void>;
  /** The app calls this once the first screen (charts, or a report page) is on screen. */
  firstScreenDrawn(): void;
}

function start(): Loading {
  let firstScreenDrawn: () => void = () => undefined;
  const afterFirstScreen = new Promise<void>((resolve) => (firstScreenDrawn = resolve));
  // Revalidating a cached dataset also waits until the page is idle.
  const whenPageIdle = afterFirstScreen.then(() => new Promise<void>((resolve) => whenIdle(resolve)));
  // No service worker in control: most likely a first visit, with nothing stored yet.
  const fetchEarly = !navigator.serviceWorker?.controller;
  const result = loadDataset({ afterFirstScreen, revalidateAfter: whenPageIdle, fetchEarly });
  // A failure is shown by the app when it reads `result`; not an unhandled rejection before.
  result.catch(() => undefined);
  return { result, afterFirstScreen, firstScreenDrawn };
}

export const loading: Loading = start();
