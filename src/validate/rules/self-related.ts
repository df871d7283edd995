// A policy listed among its own related policies would link its page to itself.
import type { Rule } from '../context.ts';
import { listAt } from '../references.ts';

const rule: Rule = {
  code: 'self-related',
  description: 'A policy lists itself among its related policies.',
  fix: 'Remove the policy from its own related policies.',
  check(context) {
    return context.of('policies').flatMap((record) =>
      listAt(record.data, 'related').flatMap((id, i) =>
        id !== record.id
          ? []
          : [
              context.atField(
                record,
                ['related', i],
                'self-related',
                `The policy "${record.id}" lists itself as related.`,
                'Remove this line; related names other policies.',
              ),
            ],
      ),
    );
  },
};

export default rule;
