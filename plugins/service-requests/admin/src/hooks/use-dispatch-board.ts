import type { DispatchBoardQuery } from '../api/client';
import { useLoad } from './use-desk-data';

/** The board for one state filter, page and appointment day; loaded again when any of them changes. */
export const useDispatchBoard = (query: DispatchBoardQuery) =>
  useLoad((api, signal) => api.getDispatchBoard(query, signal), JSON.stringify(query));
