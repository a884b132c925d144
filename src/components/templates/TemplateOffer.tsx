import { memo, useId, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { describeQuery } from '../../query/describe';
import type { QueryTemplate } from '../../query/templates';
import { useViewStore } from '../../hooks/QueryStoreContext';
import { useIsEmptyQuery, useTemplates } from '../../hooks/useTemplates';
import { useArrangeContext } from '../arrangeContext';
import { useBuilderConfig } from '../BuilderConfig';

/**
 * "Start from a template", shown while the query holds nothing a person made (no clause, or a new
 * cohort's blank one) and the builder is editable: each template's name (a button), its
 * description and its summary in the builder's phrasebook.
 */
export const TemplateOffer = memo(function TemplateOffer({ templates }: { templates: readonly QueryTemplate[] }) {
  const empty = useIsEmptyQuery();
  const { readOnly, disabled } = useBuilderConfig();
  if (!empty || readOnly || disabled || templates.length === 0) return null;
  return <TemplateList templates={templates} />;
});

function TemplateList({ templates }: { templates: readonly QueryTemplate[] }) {
  const { offered, apply } = useTemplates(templates);
  const view = useViewStore();
  const { focusFirstField } = useArrangeContext();
  const { labels, announcements, properties, phrasebook } = useBuilderConfig();
  const id = useId();
  const summaries = useMemo(() => {
    const propertyLabels = Object.fromEntries((properties ?? []).filter((p) => p.label).map((p) => [p.path, p.label!]));
    return offered.map(({ query }) => describeQuery(query, { propertyLabels, phrasebook }));
  }, [offered, properties, phrasebook]);
  if (offered.length === 0) return null;
  // One undo step, said in the live region; focus goes where the person goes on: the first field.
  const start = (template: QueryTemplate) => {
    const first = flushSync(() => apply(template));
    view.getState().clearNotice();
    view.getState().announce(announcements.templateApplied(template.name));
    if (first !== undefined) focusFirstField(first);
  };
  return (
    <div className="pcb-templates" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{labels.templatesHeading}</h3>
      <ul className="pcb-template-list">
        {offered.map(({ template }, i) => (
          <li key={i} className="pcb-template">
            <button type="button" aria-describedby={[template.description ? `${id}-${i}-about` : '', `${id}-${i}-summary`].join(' ').trim()} onClick={() => start(template)}>
              {template.name}
            </button>
            {template.description && (
              <p id={`${id}-${i}-about`} className="pcb-template-description">
                {template.description}
              </p>
            )}
            <p id={`${id}-${i}-summary`} className="pcb-template-summary">
              {summaries[i]}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
