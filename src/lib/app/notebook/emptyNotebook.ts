import type { Notebook } from '../../notebook/types';

/**
 * The notebook a session holds before init() has opened one: the history needs a present
 * snapshot from the start, and this one has nothing to run or save.
 */
export const emptyNotebook: Notebook = {
  format: 'segbook-notebook', version: 1, title: '', sources: [], params: { currency: 'USD', discountRate: 0.1, locale: 'en' }, cells: [],
};
