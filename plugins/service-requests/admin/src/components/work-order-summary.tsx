import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { WorkOrderRow } from '../api/client';
import { ticketPath } from '../paths';
import { CellText } from './board-table';

/** A work order's summary, linking to the service request it came from (maintenance visits have none). */
export const WorkOrderSummary = ({ order }: { order: WorkOrderRow }) =>
  order.ticketDocumentId ? (
    <Link tag={NavLink} to={ticketPath(order.ticketDocumentId)} aria-label={`${order.summary} (open the request of ${order.reference})`}>
      {order.summary}
    </Link>
  ) : (
    <CellText>{order.summary}</CellText>
  );
