import { inspectionProblems } from '../quality-check-rules';

const areas = [
  { name: 'Reception', rating: 5, comment: 'Spotless' },
  { name: 'Washrooms', rating: 3 },
];

describe('an inspection', () => {
  it('may be saved with well-formed areas, reviewed or not', () => {
    expect(inspectionProblems({ areas, reviewed: false, published: false })).toEqual([]);
    expect(inspectionProblems({ areas: null, reviewed: true, published: true })).toEqual([]);
  });

  it('refuses an area without a name or with a rating off the 1 to 5 scale', () => {
    expect(inspectionProblems({ areas: [{ name: '', rating: 3 }], reviewed: false, published: false })[0].path).toBe('areas');
    expect(inspectionProblems({ areas: [{ name: 'Lobby', rating: 6 }], reviewed: false, published: false })[0].path).toBe('areas');
    expect(inspectionProblems({ areas: { name: 'Lobby' }, reviewed: false, published: false })[0].path).toBe('areas');
  });

  it('reaches the client only after review', () => {
    expect(inspectionProblems({ areas, reviewed: false, published: true })).toEqual([
      { path: 'published', message: 'Review the inspection before publishing it to the client' },
    ]);
  });
});
