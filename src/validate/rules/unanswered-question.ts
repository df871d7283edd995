// `npm run import` writes what it could not decide as questions in the draft's front matter; a draft
// is not published until an editor has answered each one and deleted it.
import type { Rule } from '../context.ts';
import { listAt } from '../references.ts';

const rule: Rule = {
  code: 'unanswered-question',
  description: 'A question the import left in a draft statement has not been answered and deleted yet.',
  fix: 'Do what the question asks in the draft, then delete the question.',
  check(context) {
    return context.of('statements').flatMap((record) =>
      listAt(record.data, 'questions').flatMap((question, i) =>
        typeof question !== 'string' || question.trim() === ''
          ? []
          : [
              context.atField(
                record,
                ['questions', i],
                'unanswered-question',
                `The import asks: ${question.trim()}`,
                'Correct the draft as it asks, then delete the question (and the line "questions:" when none is left).',
              ),
            ],
      ),
    );
  },
};

export default rule;
