import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DUE_SOON_SHARE } from '../domain/sla';
import { OPEN_STATUSES, TICKET_STATUSES } from '../domain/ticket-lifecycle';
import { TICKET_RELATIONS } from './ticket-rows';
import { schemaOf } from './schema';

const TICKET = 'plugin::service-requests.ticket';
const TARGETS = {
  ticketType: 'plugin::service-requests.ticket-type',
  priority: 'plugin::service-requests.priority',
  category: 'plugin::service-requests.ticket-category',
  department: 'plugin::service-requests.department',
  assignee: 'admin::user',
  location: 'plugin::portal-features.location',
  unit: 'plugin::portal-features.unit',
} as const;

type Relation = keyof typeof TARGETS;

export interface QueueFilters {
  status?: string;
  priority?: string;
  category?: string;
  location?: string;
  department?: string;
  sla?: 'on_track' | 'due_soon' | 'breached';
  assignee?: { id: number } | 'none';
  /** Part of the summary, any case. */
  text?: string;
  /** A ticket id read from a reference such as SR-00042. */
  id?: number;
}

export type QueueSort = 'createdAt' | '-createdAt' | 'priority' | '-priority' | 'due' | '-due';

/**
 * The service desk's queue in SQL: one statement for a page and one for the counts per status,
 * joining only the link tables a filter or the page needs. Through the query engine the same list
 * costs a statement per relation and per page; with 100,000 tickets that is what keeps it fast.
 */
export const ticketQueue = (strapi: Core.Strapi) => {
  const { table, column, link } = schemaOf(strapi);
  const t = (attribute: string) => `t.${column(TICKET, attribute)}`;
  const relationId = (relation: Relation) => `l_${relation}.${link(TICKET, relation).inverseJoinColumn.name}`;
  const joinRelation = (query: Knex.QueryBuilder, relation: Relation) => {
    const joinTable = link(TICKET, relation);
    return query
      .leftJoin({ [`l_${relation}`]: joinTable.name }, `l_${relation}.${joinTable.joinColumn.name}`, 't.id')
      .leftJoin({ [`r_${relation}`]: table(TARGETS[relation]) }, `r_${relation}.id`, relationId(relation));
  };
  const openStates = OPEN_STATUSES as string[];
  const warnMinutesPerHour = DUE_SOON_SHARE * 60;

  /** Which relations a set of filters needs joined. */
  const relationsFor = (filters: QueueFilters): Relation[] => {
    const needed = new Set<Relation>();
    if (filters.priority || filters.sla) needed.add('priority');
    if (filters.category) needed.add('category');
    if (filters.location) needed.add('location');
    if (filters.department) needed.add('department');
    if (filters.assignee) needed.add('assignee');
    return [...needed];
  };

  const applyFilters = (query: Knex.QueryBuilder, filters: QueueFilters, options: { withStatus: boolean }) => {
    const documentId = (relation: Relation) => `r_${relation}.${column(TARGETS[relation], 'documentId')}`;
    if (options.withStatus && filters.status) query.where(t('state'), filters.status);
    if (filters.priority) query.where(documentId('priority'), filters.priority);
    if (filters.category) query.where(documentId('category'), filters.category);
    if (filters.location) query.where(documentId('location'), filters.location);
    if (filters.department) query.where(documentId('department'), filters.department);
    if (filters.assignee === 'none') query.whereNull(relationId('assignee'));
    else if (filters.assignee) query.where(relationId('assignee'), filters.assignee.id);
    if (filters.text !== undefined || filters.id !== undefined) {
      query.where((inner) => {
        if (filters.text !== undefined) inner.orWhereILike(t('summary'), `%${filters.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        if (filters.id !== undefined) inner.orWhere('t.id', filters.id);
      });
    }
    if (filters.sla) {
      const open = (target: 'firstResponse' | 'resolution') =>
        target === 'firstResponse' ? `${t('firstRespondedAt')} is null` : `${t('resolvedAt')} is null`;
      const due = (target: 'firstResponse' | 'resolution') => t(`${target}DueAt`);
      const hours = (target: 'firstResponse' | 'resolution') => `r_priority.${column(TARGETS.priority, `${target}Hours`)}`;
      const breached = `((${open('firstResponse')} and ${due('firstResponse')} < now()) or (${open('resolution')} and ${due('resolution')} < now()))`;
      const warned = (target: 'firstResponse' | 'resolution') =>
        `(${open(target)} and ${due(target)} - make_interval(mins => ${hours(target)} * ${warnMinutesPerHour}) <= now())`;
      const dueSoon = `(${warned('firstResponse')} or ${warned('resolution')})`;
      query.whereIn(t('state'), openStates).whereNotNull(due('resolution'));
      if (filters.sla === 'breached') query.whereRaw(breached);
      if (filters.sla === 'due_soon') query.whereRaw(`not ${breached} and ${dueSoon}`);
      if (filters.sla === 'on_track') query.whereRaw(`not ${breached} and not ${dueSoon}`);
    }
    return query;
  };

  const base = (relations: Relation[]) => {
    const query = strapi.db.connection({ t: table(TICKET) });
    for (const relation of relations) joinRelation(query, relation);
    return query;
  };

  const ORDER: Record<QueueSort, Array<[string, 'asc' | 'desc', ('first' | 'last')?]>> = {
    '-createdAt': [[t('createdAt'), 'desc'], ['t.id', 'desc']],
    createdAt: [[t('createdAt'), 'asc'], ['t.id', 'asc']],
    // Most urgent first; untriaged (no priority) tickets lead, as they need someone to look.
    '-priority': [[`r_priority.${column(TARGETS.priority, 'rank')}`, 'desc', 'first'], [t('createdAt'), 'asc'], ['t.id', 'asc']],
    priority: [[`r_priority.${column(TARGETS.priority, 'rank')}`, 'asc', 'last'], [t('createdAt'), 'asc'], ['t.id', 'asc']],
    due: [[t('resolutionDueAt'), 'asc', 'last'], ['t.id', 'asc']],
    '-due': [[t('resolutionDueAt'), 'desc', 'last'], ['t.id', 'desc']],
  };

  return {
    /**
     * One page in two steps: the page's ids from the tickets table with only the joins its filters
     * and sort need (the default sort is a walk of the created-at index, however deep the page),
     * then the names joined for those rows only. One statement joining everything had to join and
     * sort all 100,000 tickets before it could skip to page 2,000.
     */
    async page(args: { filters: QueueFilters; sort: QueueSort; limit: number; offset: number }) {
      const forPage = new Set(relationsFor(args.filters));
      if (args.sort.endsWith('priority')) forPage.add('priority');
      const idQuery = base([...forPage]);
      applyFilters(idQuery, args.filters, { withStatus: true });
      for (const [expression, direction, nulls] of ORDER[args.sort]) idQuery.orderBy(expression, direction, nulls);
      const ids: number[] = (await idQuery.limit(args.limit).offset(args.offset).select('t.id')).map((row: { id: number }) => Number(row.id));
      if (ids.length === 0) return [];
      const query = base([...TICKET_RELATIONS.filter((relation): relation is Relation => relation !== 'reporter')]).whereIn('t.id', ids);
      const name = (relation: Relation, attribute = 'name') => `r_${relation}.${column(TARGETS[relation], attribute)}`;
      const rows = await query.select({
        id: 't.id',
        documentId: t('documentId'),
        summary: t('summary'),
        state: t('state'),
        visibility: t('visibility'),
        createdAt: t('createdAt'),
        firstResponseDueAt: t('firstResponseDueAt'),
        resolutionDueAt: t('resolutionDueAt'),
        firstRespondedAt: t('firstRespondedAt'),
        resolvedAt: t('resolvedAt'),
        typeName: name('ticketType'),
        priorityName: name('priority'),
        firstResponseHours: name('priority', 'firstResponseHours'),
        resolutionHours: name('priority', 'resolutionHours'),
        categoryName: name('category'),
        departmentName: name('department'),
        assigneeFirstname: name('assignee', 'firstname'),
        assigneeLastname: name('assignee', 'lastname'),
        assigneeEmail: name('assignee', 'email'),
        locationName: name('location'),
        unitName: name('unit'),
      });
      const position = new Map(ids.map((id, index) => [id, index]));
      return rows.sort((a: { id: number }, b: { id: number }) => position.get(Number(a.id))! - position.get(Number(b.id))!);
    },

    /** Tickets per status under every filter but the status one, for the desk's tabs. */
    async countsByStatus(filters: QueueFilters): Promise<Record<string, number>> {
      const query = base(relationsFor(filters));
      applyFilters(query, filters, { withStatus: false });
      const rows: Array<{ state: string; count: string | number }> = await query.groupBy(t('state')).select({ state: t('state') }).count({ count: '*' });
      const counts = Object.fromEntries(TICKET_STATUSES.map((status) => [status, 0]));
      for (const row of rows) counts[row.state] = Number(row.count);
      return counts;
    },
  };
};
