import { lazyModule } from '../../hooks/useCohortEditor';
import type * as Choices from './UnknownOutcomeChoices';

/**
 * The part of the ambiguous-create panel loaded on first use: the search's findings and the ways
 * on. Only a create whose answer was lost needs them, so Save of a new cohort starts the load and
 * the panel awaits it.
 */
export const unknownOutcomeChoices = lazyModule<typeof Choices>(() => import('./UnknownOutcomeChoices'));
