import { problemReportedMessages, ticketReference } from '../ticket-messages';

const ticket = {
  documentId: 'doc123',
  reference: 'SR-00042',
  summary: 'Leaking tap',
  description: 'Drips',
  locationName: 'Harbour View Court',
  unitName: 'Flat 1',
  timezone: 'Europe/London',
  createdAt: new Date('2026-03-29T00:30:00Z'),
  attachmentCount: 1,
};
const links = { portalUrl: 'https://portal.example/requests/doc123', adminUrl: 'https://cms.example/admin/x' };

describe('the emails a new portal report causes', () => {
  const messages = problemReportedMessages({
    ticket,
    reporter: { email: 'tenant@example.com', name: 'Tara' },
    managers: [
      { email: 'Pat@Example.com', name: 'Pat' },
      { email: 'sam@example.com', name: 'Sam' },
    ],
    links,
  });

  it('acknowledges the reporter with a link to the portal', () => {
    expect(messages[0]).toMatchObject({
      recipient: 'tenant@example.com',
      template: 'ticket-acknowledgement',
      idempotencyKey: 'ticket:doc123:acknowledgement',
      payload: { ticket: { portalUrl: links.portalUrl } },
    });
  });

  it('alerts each manager once, with a link into the admin', () => {
    expect(messages.slice(1).map((m) => [m.recipient, m.idempotencyKey])).toEqual([
      ['Pat@Example.com', 'ticket:doc123:reported:pat@example.com'],
      ['sam@example.com', 'ticket:doc123:reported:sam@example.com'],
    ]);
    expect(messages[1].payload).toMatchObject({ ticket: { adminUrl: links.adminUrl } });
  });

  it('gives the report time in the location\'s time zone', () => {
    // 00:30 UTC on the night the UK clocks go forward is still 00:30 GMT.
    expect((messages[1].payload as any).ticket.reportedAtLocal).toContain('00:30');
  });

  it('formats references with five digits', () => {
    expect(ticketReference(42)).toBe('SR-00042');
    expect(ticketReference(123456)).toBe('SR-123456');
  });
});
