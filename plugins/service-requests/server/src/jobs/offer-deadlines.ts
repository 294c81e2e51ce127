import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** At an offer's deadline: if the vendor has not answered, the next vendor is offered the work. */
export const expireOffer = (strapi: Core.Strapi) => async (data: { offerId: number }) => {
  await getService(strapi, 'dispatch').expire(data.offerId);
};

/** Every minute: offers past their deadline whose job was lost (a crash between commit and scheduling). */
export const reconcileOffers = (strapi: Core.Strapi) => async () => {
  const dispatch = getService(strapi, 'dispatch');
  for (const offerId of await dispatch.overdueOfferIds()) await dispatch.expire(offerId);
};
