import { useState } from 'react';
import {
  BuilderInstanceProvider,
  createEmptyQuery,
  createIdGenerator,
  createQueryStore,
  createViewStore,
  describeNode,
  parseQuery,
  serializeQuery,
  useChildIds,
  useNode,
  useQueryActions,
  useQueryStore,
  type BuilderInstance,
  type JsonObject,
  type NodeId,
} from '../../../src/index';

// Your own markup over the builder's stores: each row subscribes to its own node only.
function Row({ id }: { id: NodeId }) {
  const node = useNode(id);
  const { remove } = useQueryActions();
  if (!node) return null;
  return (
    <li>
      {describeNode(node)}{' '}
      <button type="button" onClick={() => remove(id)}>
        Remove
      </button>
    </li>
  );
}

function Outline({ rootId }: { rootId: NodeId }) {
  const ids = useChildIds(rootId);
  return (
    <ul aria-label="Clauses">
      {ids.map((id) => (
        <Row key={id} id={id} />
      ))}
    </ul>
  );
}

function JsonOf() {
  const store = useQueryStore();
  const [json, setJson] = useState<JsonObject>();
  return (
    <>
      <button type="button" onClick={() => setJson(serializeQuery(store.getState().query))}>
        Show JSON
      </button>
      {json && <pre aria-label="Query JSON">{JSON.stringify(json)}</pre>}
    </>
  );
}

/** A headless outline: the stores made once, handed down by `BuilderInstanceProvider`. */
export function HeadlessExample({ json }: { json: JsonObject }) {
  // Made once, so `value` keeps its identity. One id generator for parsed and new nodes.
  const [{ instance, rootId }] = useState(() => {
    const ids = createIdGenerator('h');
    const initial = parseQuery(json, { idGenerator: ids }).query ?? createEmptyQuery(ids);
    const made: BuilderInstance = { store: createQueryStore({ initial, idGenerator: ids }), view: createViewStore() };
    return { instance: made, rootId: initial.id };
  });
  return (
    <BuilderInstanceProvider value={instance}>
      <Outline rootId={rootId} />
      <JsonOf />
    </BuilderInstanceProvider>
  );
}
