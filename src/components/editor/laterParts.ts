/**
 * The parts of the editor that no page shows at mount (nor on a server): one chunk, loaded on
 * first need. They import nothing from `react` itself (the slot in `later.tsx` hands them their
 * ids): a lazy chunk that does makes Vite 8's bundler (rolldown) split React out of the page's
 * entry into a chunk of its own, which costs more than the parts save.
 */
export { ChangeList } from './ChangeList';
export { DraftBanner } from './DraftBanner';
export { TechnicalDetails } from './TechnicalDetails';
