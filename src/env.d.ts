/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Bytes of the shipped data files (facts.json + dataset.json), set by the build; absent in tests. */
  readonly SHIPPED_DATA_BYTES?: number;
}
