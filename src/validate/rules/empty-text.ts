// A statement whose front matter is complete but whose text is missing would publish an empty page.
import type { Rule } from '../context.ts';

const rule: Rule = {
  code: 'empty-text',
  description: 'A statement has its fields but no text below them.',
  fix: 'Paste the statement\'s text, word for word, below the closing --- line.',
  check(context) {
    return context
      .of('statements')
      .filter((record) => record.body !== undefined && record.body.trim() === '')
      .map((record) =>
        context.inText(
          record,
          { line: Math.max(1, (record.bodyLine ?? 2) - 1), column: 1 },
          'empty-text',
          'The statement has no text: nothing follows the closing --- line, so its page would be empty.',
          'Paste the statement\'s text, word for word, below the closing --- line.',
        ),
      );
  },
};

export default rule;
