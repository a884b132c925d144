// Entry of hook.js, the classic script each bench page loads before its bundle.
import { installHook } from './devtools-hook';

installHook();
