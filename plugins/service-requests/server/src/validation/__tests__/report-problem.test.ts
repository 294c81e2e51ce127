import { fieldErrors, reportProblemSchema } from '../report-problem';

const valid = { summary: '  Leaking tap ', description: 'Drips', location: 'loc1', visibility: 'management' };

describe('the Report a problem form', () => {
  it('accepts a complete report and trims what was typed', () => {
    const parsed = reportProblemSchema.parse(valid);
    expect(parsed).toEqual({ summary: 'Leaking tap', description: 'Drips', location: 'loc1', unit: undefined, visibility: 'management' });
  });

  it('names each missing field with a message for a person', () => {
    const result = reportProblemSchema.safeParse({ summary: '   ', location: 'loc1' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['summary'], message: 'Enter a short summary of the problem' }),
        expect.objectContaining({ path: ['description'], message: 'Describe the problem' }),
        expect.objectContaining({ path: ['visibility'] }),
      ]),
    );
  });

  it('refuses a visibility the portal does not offer', () => {
    expect(reportProblemSchema.safeParse({ ...valid, visibility: 'unpublished' }).success).toBe(false);
  });

  it('needs a unit to share a report with the unit', () => {
    const result = reportProblemSchema.safeParse({ ...valid, visibility: 'unit', unit: '' });
    expect(fieldErrors(result.error!)).toEqual([expect.objectContaining({ path: ['unit'], message: 'Choose your unit to share the request with it' })]);
  });

  it('keeps summaries short', () => {
    expect(reportProblemSchema.safeParse({ ...valid, summary: 'x'.repeat(161) }).success).toBe(false);
  });
});
