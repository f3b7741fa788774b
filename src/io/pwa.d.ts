// Types of the `virtual:pwa-register` module that vite-plugin-pwa generates.
/// <reference types="vite-plugin-pwa/vanillajs" />
