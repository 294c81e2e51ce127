import { errors } from '@strapi/utils';
import type { FeatureKey } from '../features/catalogue';

/**
 * A 403 a client can act on: `{ error: { name: "FeatureDisabled", details: { feature, location } } }`.
 * It is a PolicyError (a ForbiddenError) because Strapi's route authorization turns any other
 * ForbiddenError raised behind it into a bare "Forbidden", dropping the name and details.
 */
export class FeatureDisabledError extends errors.PolicyError {
  constructor(feature: FeatureKey, locationDocumentId: string) {
    super(`This location does not offer ${feature} in its portal`, { feature, location: locationDocumentId });
    // Strapi types `name` as the parent's literal; the response carries whatever is set here.
    (this as { name: string }).name = 'FeatureDisabled';
  }
}
