import { templatesFrom, type QueryTemplate } from '../../query/templates';
import { germanTemplateWords } from '../labels-de';

/** The default templates in German (a builder with `germanBuilderLabels` offers them already). */
export const germanTemplates: readonly QueryTemplate[] = /* @__PURE__ */ templatesFrom(germanTemplateWords);
