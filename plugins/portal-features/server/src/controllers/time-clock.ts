import type { Core } from '@strapi/strapi';
import { clockInSchema, clockOutSchema } from '../validation/time-clock';
import { locationQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

/**
 * Time-clock devices call clockIn/clockOut with a Strapi API token that holds those two actions
 * (Settings → API Tokens → custom); residents call onDuty with their session.
 */
const timeClockController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /time-clock/in { location, staffId, displayName, role, at? } */
  async clockIn(ctx: any) {
    const input = parseOrRefuse(clockInSchema, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'time-clock').clockIn(input) };
  },

  /** POST /time-clock/out { location, staffId, at? } */
  async clockOut(ctx: any) {
    const input = parseOrRefuse(clockOutSchema, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'time-clock').clockOut(input) };
  },

  /** GET /whos-working?location= */
  async onDuty(ctx: any) {
    const user = signedInUser(ctx);
    const { location } = parseOrRefuse(locationQuery, ctx.query, 'Invalid query parameters');
    ctx.body = { data: await getService(strapi, 'time-clock').onDuty({ userId: user.id, location }) };
  },
});

export default timeClockController;
