/**
 * Surveys: questions are ratings (1 to 5), a choice among options, or free text; each may be
 * required. Answers are checked against the questions; results are counted per question.
 */
export type Question =
  | { id: string; kind: 'rating'; prompt: string; required?: boolean }
  | { id: string; kind: 'choice'; prompt: string; options: string[]; required?: boolean }
  | { id: string; kind: 'text'; prompt: string; required?: boolean };

export type Answers = Record<string, number | string>;

const isQuestion = (value: any): value is Question =>
  value &&
  typeof value.id === 'string' &&
  /^[a-z0-9-]{1,40}$/.test(value.id) &&
  typeof value.prompt === 'string' &&
  value.prompt.trim().length > 0 &&
  (value.kind === 'rating' ||
    value.kind === 'text' ||
    (value.kind === 'choice' && Array.isArray(value.options) && value.options.length >= 2 && value.options.every((o: unknown) => typeof o === 'string' && o.trim())));

/** Why the questions cannot be saved, or null. */
export const questionsProblem = (questions: unknown): string | null => {
  if (!Array.isArray(questions) || questions.length === 0) return 'A survey needs at least one question';
  if (questions.length > 20) return 'Keep a survey to 20 questions';
  if (!questions.every(isQuestion)) return 'Each question needs an id (a-z, 0-9, -), a prompt and a kind: rating, choice (with two or more options) or text';
  if (new Set(questions.map((question) => question.id)).size !== questions.length) return 'Each question needs its own id';
  return null;
};

/** The answers' problems, one per question id (empty when they can be saved). */
export const answerProblems = (questions: Question[], answers: Record<string, unknown>): Record<string, string> => {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const value = answers[question.id];
    const empty = value === undefined || value === null || value === '';
    if (empty) {
      if (question.required) problems[question.id] = 'Answer this question';
      continue;
    }
    if (question.kind === 'rating' && !(Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 5)) problems[question.id] = 'Choose a rating from 1 to 5';
    if (question.kind === 'choice' && !question.options.includes(String(value))) problems[question.id] = 'Choose one of the options';
    if (question.kind === 'text' && String(value).length > 2000) problems[question.id] = 'Keep the answer under 2,000 characters';
  }
  return problems;
};

/** The answers as they are stored: only known questions, ratings as numbers, empty ones left out. */
export const cleanAnswers = (questions: Question[], answers: Record<string, unknown>): Answers => {
  const clean: Answers = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined || value === null || value === '') continue;
    clean[question.id] = question.kind === 'rating' ? Number(value) : String(value).trim();
  }
  return clean;
};

export type QuestionResult =
  | { id: string; kind: 'rating'; prompt: string; answered: number; average: number | null; counts: number[] }
  | { id: string; kind: 'choice'; prompt: string; answered: number; counts: Record<string, number> }
  | { id: string; kind: 'text'; prompt: string; answered: number; answers: string[] };

/** The results staff see: per rating question the average and spread, per choice the counts, per text the answers. */
export const surveyResults = (questions: Question[], responses: Answers[]): QuestionResult[] =>
  questions.map((question) => {
    const given = responses.map((answers) => answers[question.id]).filter((value) => value !== undefined);
    if (question.kind === 'rating') {
      const scores = given.map(Number);
      const counts = [1, 2, 3, 4, 5].map((score) => scores.filter((value) => value === score).length);
      const average = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
      return { id: question.id, kind: 'rating', prompt: question.prompt, answered: scores.length, average, counts };
    }
    if (question.kind === 'choice') {
      const counts = Object.fromEntries(question.options.map((option) => [option, given.filter((value) => value === option).length]));
      return { id: question.id, kind: 'choice', prompt: question.prompt, answered: given.length, counts };
    }
    return { id: question.id, kind: 'text', prompt: question.prompt, answered: given.length, answers: given.map(String) };
  });
