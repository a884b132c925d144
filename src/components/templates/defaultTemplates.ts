import { templatesFrom, type QueryTemplate } from '../../query/templates';
import { defaultTemplateWords } from '../builderLabels';

/**
 * The templates a builder offers by default (in English): section readers, frequent visitors,
 * engaged readers and video viewers, built only from forms the Cohort API documents or was seen to
 * take. Extend them: `templates={[...defaultTemplates, mine]}`; `templates={[]}` offers none.
 */
export const defaultTemplates: readonly QueryTemplate[] = /* @__PURE__ */ templatesFrom(defaultTemplateWords);
