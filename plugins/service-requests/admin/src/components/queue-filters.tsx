import { Flex } from '@strapi/design-system';
import type { DeskOptions, Named } from '../../../server/src/contracts/service-desk';
import { FilterSelect, type FilterOption } from './filter-select';

/** The queue's filters other than status and search, as the URL carries them ('' = not filtered). */
export interface QueueFilterValues {
  priority: string;
  category: string;
  location: string;
  department: string;
  sla: string;
  assignee: string;
}

export type QueueFilterName = keyof QueueFilterValues;

const SLA_OPTIONS: FilterOption[] = [
  { value: 'breached', label: 'Breached' },
  { value: 'due_soon', label: 'Due soon' },
  { value: 'on_track', label: 'On track' },
];

const ASSIGNEE_OPTIONS: FilterOption[] = [
  { value: 'me', label: 'Assigned to me' },
  { value: 'none', label: 'Unassigned' },
];

const named = (entries: Named[] | undefined): FilterOption[] =>
  (entries ?? []).map((entry) => ({ value: entry.documentId, label: entry.name }));

interface QueueFiltersProps {
  options: DeskOptions | null;
  values: QueueFilterValues;
  onChange: (name: QueueFilterName, value: string) => void;
}

/** Narrows the queue by what triage set, where the ticket is, its SLA and who has it. */
export const QueueFilters = ({ options, values, onChange }: QueueFiltersProps) => {
  // Highest priority first, as an agent scans them.
  const priorities = [...(options?.priorities ?? [])].sort((a, b) => b.rank - a.rank);
  return (
    <Flex gap={3} alignItems="flex-end" wrap="wrap" role="group" aria-label="Filters">
      <FilterSelect
        name="priority"
        label="Priority"
        anyLabel="Any priority"
        options={named(priorities)}
        value={values.priority}
        onChange={(value) => onChange('priority', value)}
      />
      <FilterSelect
        name="category"
        label="Category"
        anyLabel="Any category"
        options={named(options?.categories)}
        value={values.category}
        onChange={(value) => onChange('category', value)}
      />
      <FilterSelect
        name="location"
        label="Location"
        anyLabel="Any location"
        options={named(options?.locations)}
        value={values.location}
        onChange={(value) => onChange('location', value)}
      />
      <FilterSelect
        name="department"
        label="Department"
        anyLabel="Any department"
        options={named(options?.departments)}
        value={values.department}
        onChange={(value) => onChange('department', value)}
      />
      <FilterSelect
        name="sla"
        label="SLA"
        anyLabel="Any SLA state"
        options={SLA_OPTIONS}
        value={values.sla}
        onChange={(value) => onChange('sla', value)}
        width="170px"
      />
      <FilterSelect
        name="assignee"
        label="Assigned to"
        anyLabel="Anyone"
        options={ASSIGNEE_OPTIONS}
        value={values.assignee}
        onChange={(value) => onChange('assignee', value)}
        width="170px"
      />
    </Flex>
  );
};
