// First import on purpose: it starts loading the dataset before the other modules run.
import { loading } from './state/start-loading';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

declare global {
  interface Window {
    /** Test hook: resolves when the first data is on screen. */
    __dashboard?: { ready: Promise<void> };
  }
}

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

let markReady: () => void = () => undefined;
window.__dashboard = { ready: new Promise<void>((resolve) => (markReady = resolve)) };

function onready() {
  document.documentElement.dataset.ready = 'true';
  markReady();
}

export default mount(App, { target, props: { loading, onready } });
