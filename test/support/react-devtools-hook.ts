// Runs before any test module loads React: react-dom looks for the DevTools hook once, when it loads,
// so the render-counting browser tests can see every commit's fiber tree.
import { installHook } from '../bench/pages/devtools-hook';

installHook();
