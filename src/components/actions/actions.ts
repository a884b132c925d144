// The actions module: what only a person's choice needs (a node's actions menu, copy and paste),
// loaded on first use or when the browser is idle (lazy/loadActions.ts), never for a server render.
export { nodeMenuItems, type NodeMenuDeps } from './nodeMenuItems';
export { copy, pasteFromClipboard, pasteText } from './clipboardCommands';
export { pasteTargetFor } from '../../query/paste';
