import { Message, PaperPlane } from '@strapi/icons';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Message,
      intlLabel: { id: 'service-requests.plugin.name', defaultMessage: 'Service desk' },
      permissions: PERMISSIONS.readTickets,
      Component: () => import('./pages/service-desk-page').then((mod) => ({ default: mod.ServiceDeskPage })),
    });
    // Nested under the desk's path, where the server's emails link to it; the more specific route wins.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/dispatch`,
      icon: PaperPlane,
      intlLabel: { id: 'service-requests.dispatch-board.name', defaultMessage: 'Dispatch board' },
      permissions: PERMISSIONS.readWorkOrders,
      Component: () => import('./pages/dispatch-board-page').then((mod) => ({ default: mod.DispatchBoardPage })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Service requests' });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map((locale) =>
        import(`./translations/${locale}.json`)
          .then(({ default: messages }) => ({ data: prefixed(messages), locale }))
          .catch(() => ({ data: {}, locale })),
      ),
    );
  },
};
