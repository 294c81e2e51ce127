import * as React from 'react';
import { Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { DeskOptions, PriorityOption, TicketDetail } from '../../../server/src/contracts/service-desk';
import type { TriageChange } from '../api/client';
import type { TicketChanges } from '../hooks/use-ticket-changes';
import { Panel } from './panel';

type TriageField = keyof Required<TriageChange>;

interface Choice {
  value: string;
  label: string;
}

/** The form's values as the selects hold them: '' for "none". */
type Draft = Record<TriageField, string>;

const NONE = '__none__';

const draftOf = (ticket: TicketDetail): Draft => ({
  type: ticket.type?.documentId ?? '',
  priority: ticket.priority?.documentId ?? '',
  category: ticket.category?.documentId ?? '',
  department: ticket.department?.documentId ?? '',
  assignee: ticket.assignee ? String(ticket.assignee.id) : '',
});

/**
 * Only what the agent changed is sent, so the server's own decisions stand for the rest (a
 * department that routing would set from a new category is not cleared by an untouched select).
 */
const changeOf = (draft: Draft, saved: Draft): TriageChange => {
  const change: TriageChange = {};
  for (const field of ['type', 'priority', 'category', 'department'] as const) {
    if (draft[field] !== saved[field]) change[field] = draft[field] || null;
  }
  if (draft.assignee !== saved.assignee) change.assignee = draft.assignee ? Number(draft.assignee) : null;
  return change;
};

const hours = (count: number) => `${count} h`;
const priorityLabel = (priority: PriorityOption) =>
  `${priority.name} (respond within ${hours(priority.firstResponseHours)}, resolve within ${hours(priority.resolutionHours)})`;

/** The choices of each field; the ticket's own value stays offered even if it is no longer in the list. */
const choicesOf = (options: DeskOptions | null, ticket: TicketDetail): Record<TriageField, Choice[]> => {
  const withCurrent = (choices: Choice[], current: Choice | null) =>
    current && !choices.some((choice) => choice.value === current.value) ? [current, ...choices] : choices;
  const named = (entry: { documentId: string; name: string } | null) => (entry ? { value: entry.documentId, label: entry.name } : null);
  return {
    type: withCurrent(
      (options?.types ?? []).map((entry) => ({ value: entry.documentId, label: entry.name })),
      named(ticket.type),
    ),
    priority: withCurrent(
      [...(options?.priorities ?? [])]
        .sort((a, b) => b.rank - a.rank)
        .map((entry) => ({ value: entry.documentId, label: priorityLabel(entry) })),
      named(ticket.priority),
    ),
    category: withCurrent(
      (options?.categories ?? []).map((entry) => ({ value: entry.documentId, label: entry.name })),
      named(ticket.category),
    ),
    department: withCurrent(
      (options?.departments ?? []).map((entry) => ({ value: entry.documentId, label: entry.name })),
      named(ticket.department),
    ),
    assignee: withCurrent(
      (options?.staff ?? []).map((member) => ({ value: String(member.id), label: `${member.name} (${member.email})` })),
      ticket.assignee ? { value: String(ticket.assignee.id), label: ticket.assignee.name } : null,
    ),
  };
};

const FIELDS: Array<{ name: TriageField; label: string; none: string; required?: boolean; hint?: string }> = [
  { name: 'type', label: 'Type', none: 'Not set', required: true },
  { name: 'priority', label: 'Priority', none: 'Not set', required: true, hint: 'Sets the response and resolution targets.' },
  { name: 'category', label: 'Category', none: 'No category' },
  {
    name: 'department',
    label: 'Department',
    none: 'No department',
    hint: 'Routing sets it from the category and location; change it here.',
  },
  { name: 'assignee', label: 'Assignee', none: 'Nobody' },
];

interface TriagePanelProps {
  ticket: TicketDetail;
  options: DeskOptions | null;
  canTriage: boolean;
  changes: TicketChanges;
}

/** Type, priority, category, department and assignee, saved together. */
export const TriagePanel = ({ ticket, options, canTriage, changes }: TriagePanelProps) => {
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(ticket));
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  // When the saved triage changes (this agent's save or someone else's), the form starts from it
  // again; other changes to the ticket (a comment, a refresh) leave unsaved choices alone.
  const saved = JSON.stringify(draftOf(ticket));
  React.useEffect(() => {
    setDraft(JSON.parse(saved) as Draft);
    setErrors({});
  }, [saved]);

  const choices = choicesOf(options, ticket);
  const unchanged = JSON.stringify(draft) === saved;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await changes.triage(changeOf(draft, draftOf(ticket)));
    if (!result.saved) setErrors(result.fieldErrors);
  };

  return (
    <Panel
      id="service-desk-triage"
      title="Triage"
      description={canTriage ? 'What the request is, how urgent, and who deals with it.' : 'You can see the triage but not change it.'}
    >
      <form onSubmit={submit} noValidate>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Grid.Root gap={4}>
            {FIELDS.map((field) => (
              <Grid.Item key={field.name} col={12} direction="column" alignItems="stretch">
                <Field.Root
                  name={field.name}
                  id={`service-desk-triage-${field.name}`}
                  required={field.required}
                  error={errors[field.name]}
                  hint={field.hint}
                >
                  <Field.Label>{field.label}</Field.Label>
                  <SingleSelect
                    value={draft[field.name] || NONE}
                    disabled={!canTriage}
                    onChange={(value) => setDraft((current) => ({ ...current, [field.name]: value === NONE ? '' : String(value) }))}
                  >
                    <SingleSelectOption value={NONE}>{field.none}</SingleSelectOption>
                    {choices[field.name].map((choice) => (
                      <SingleSelectOption key={choice.value} value={choice.value}>
                        {choice.label}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
            ))}
          </Grid.Root>
          {canTriage ? (
            <Flex gap={3} alignItems="center">
              <Button type="submit" loading={changes.saving === 'triage'} disabled={unchanged || changes.saving !== null}>
                Save triage
              </Button>
              {unchanged ? null : <Typography textColor="neutral600">Unsaved changes</Typography>}
            </Flex>
          ) : null}
        </Flex>
      </form>
    </Panel>
  );
};
