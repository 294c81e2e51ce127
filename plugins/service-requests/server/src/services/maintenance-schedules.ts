import type { Core } from '@strapi/strapi';
import { occurrencesBetween } from '../domain/scheduling/recurrence';
import { getService } from '../utils/get-service';

const SCHEDULE = 'plugin::service-requests.maintenance-schedule';

/** A schedule's checklist (a JSON list of task titles) as a work order's tasks, each not done yet. */
const taskList = (value: unknown) => {
  const titles = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(titles) ? titles.filter((title) => typeof title === 'string' && title.trim()).map((title: string) => ({ title: title.trim(), done: false, doneAt: null })) : [];
};

/** How far ahead recurring work becomes work orders: far enough for vendors to plan. */
export const LOOKAHEAD_DAYS = 14;

/**
 * Recurring maintenance: each active schedule's occurrences (an RRULE read in the location's
 * timezone) in the coming weeks become work orders, offered by the schedule's dispatch rule. Each
 * occurrence has a key (schedule + local start) held unique by the database, so running this
 * twice, or on two workers at once, creates each work order once.
 */
const maintenanceSchedules = ({ strapi }: { strapi: Core.Strapi }) => ({
  async generate(now = new Date()): Promise<number> {
    const schedules = await strapi.db.query(SCHEDULE).findMany({
      where: { active: true },
      populate: { location: { select: ['id', 'timezone'] }, category: { select: ['id'] }, dispatchRule: { select: ['id'] } },
    });
    let created = 0;
    for (const schedule of schedules) {
      if (!schedule.location) continue;
      let occurrences;
      try {
        occurrences = occurrencesBetween({
          rrule: schedule.rrule,
          startsOn: schedule.startsOn,
          timezone: schedule.location.timezone,
          from: now,
          to: new Date(now.getTime() + LOOKAHEAD_DAYS * 86_400_000),
        });
      } catch (error) {
        strapi.log.warn(`Maintenance schedule ${schedule.documentId} skipped: ${(error as Error).message}`);
        continue;
      }
      for (const occurrence of occurrences) {
        const order = await getService(strapi, 'work-orders')
          .createForOccurrence({
            scheduleId: schedule.id,
            occurrenceKey: `${schedule.documentId}:${occurrence.key}`,
            summary: schedule.summary,
            description: schedule.description,
            locationId: schedule.location.id,
            categoryId: schedule.category?.id ?? null,
            dispatchRuleId: schedule.dispatchRule?.id ?? null,
            start: occurrence.at,
            end: new Date(occurrence.at.getTime() + schedule.durationMinutes * 60_000),
            tasks: taskList(schedule.tasks),
          })
          .catch((error: { code?: string }) => {
            // Another worker created it between our check and our insert: the unique key did its job.
            if (error?.code === '23505') return null;
            throw error;
          });
        if (order) created += 1;
      }
    }
    return created;
  },
});

export type MaintenanceSchedulesService = ReturnType<typeof maintenanceSchedules>;
export default maintenanceSchedules;
