import { startBackground } from '../src/background/start';

// Wiring only: tab states and badge, the engine for content scripts, the keyboard command.
export default defineBackground(() => {
  startBackground();
});
