import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { DeskOptionsProvider } from '../hooks/desk-options';
import { PERMISSIONS } from '../permissions';
import { QUEUE_PATH } from '../paths';
import { QueuePage } from './queue-page';
import { TicketPage } from './ticket-page';

/** The desk's two views, nested under the menu link's route: the queue and one ticket. */
const ServiceDeskPage = () => (
  <Page.Protect permissions={PERMISSIONS.readTickets}>
    <DeskOptionsProvider>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="tickets/:documentId" element={<TicketPage />} />
        <Route path="*" element={<Navigate to={QUEUE_PATH} replace />} />
      </Routes>
    </DeskOptionsProvider>
  </Page.Protect>
);

export { ServiceDeskPage };
