import { ChartPie, Discuss, PinMap } from '@strapi/icons';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PinMap,
      intlLabel: { id: 'portal-features.plugin.name', defaultMessage: 'Portal features' },
      permissions: PERMISSIONS.readFeatures,
      Component: () => import('./pages/feature-board-page').then((mod) => ({ default: mod.ProtectedFeatureBoardPage })),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-feedback`,
      icon: Discuss,
      intlLabel: { id: `${PLUGIN_ID}.feedback.name`, defaultMessage: 'Feedback' },
      permissions: PERMISSIONS.readFeedback,
      Component: () => import('./pages/feedback-page').then((mod) => ({ default: mod.ProtectedFeedbackPage })),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-survey-results`,
      icon: ChartPie,
      intlLabel: { id: `${PLUGIN_ID}.survey-results.name`, defaultMessage: 'Survey results' },
      permissions: PERMISSIONS.readSurveyResults,
      Component: () => import('./pages/survey-results-page').then((mod) => ({ default: mod.ProtectedSurveyResultsPage })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Portal features' });
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
