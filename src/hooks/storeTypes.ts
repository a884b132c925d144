// The store types that components name (in selectors and props): components read stores through
// hooks and never import src/store, so these pass through here.
export type { QueryStore, QueryStoreState } from '../store/createQueryStore';
export type { DragView, DropMark, ViewState, ViewStore } from '../store/createViewStore';
