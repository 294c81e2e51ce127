import { answerProblems, cleanAnswers, questionsProblem, surveyResults, type Question } from '../survey-rules';

const questions: Question[] = [
  { id: 'cleaning', kind: 'rating', prompt: 'How clean is the building?', required: true },
  { id: 'contact', kind: 'choice', prompt: 'How should we contact you?', options: ['Email', 'Phone'] },
  { id: 'ideas', kind: 'text', prompt: 'Any ideas?' },
];

describe('surveys', () => {
  it('accept well-formed questions and refuse the rest', () => {
    expect(questionsProblem(questions)).toBeNull();
    expect(questionsProblem([])).toBe('A survey needs at least one question');
    expect(questionsProblem([{ id: 'a', kind: 'choice', prompt: 'Pick', options: ['Only one'] }])).toMatch(/two or more options/);
    expect(questionsProblem([questions[0], questions[0]])).toBe('Each question needs its own id');
  });

  it('check answers against their questions', () => {
    expect(answerProblems(questions, {})).toEqual({ cleaning: 'Answer this question' });
    expect(answerProblems(questions, { cleaning: 7, contact: 'Fax' })).toEqual({ cleaning: 'Choose a rating from 1 to 5', contact: 'Choose one of the options' });
    expect(answerProblems(questions, { cleaning: '4', contact: 'Email' })).toEqual({});
  });

  it('store only known answers, ratings as numbers', () => {
    expect(cleanAnswers(questions, { cleaning: '4', ideas: '  More bins ', stranger: 'x', contact: '' })).toEqual({ cleaning: 4, ideas: 'More bins' });
  });

  it('count results per question', () => {
    const results = surveyResults(questions, [{ cleaning: 4, contact: 'Email', ideas: 'More bins' }, { cleaning: 5, contact: 'Email' }, { cleaning: 3 }]);
    expect(results).toEqual([
      { id: 'cleaning', kind: 'rating', prompt: 'How clean is the building?', answered: 3, average: 4, counts: [0, 0, 1, 1, 1] },
      { id: 'contact', kind: 'choice', prompt: 'How should we contact you?', answered: 2, counts: { Email: 2, Phone: 0 } },
      { id: 'ideas', kind: 'text', prompt: 'Any ideas?', answered: 1, answers: ['More bins'] },
    ]);
  });
});
