// An organization listed among its own affiliations would link its page to itself.
import type { Rule } from '../context.ts';
import { listAt } from '../references.ts';

const rule: Rule = {
  code: 'self-affiliation',
  description: 'An organization lists itself among its affiliations.',
  fix: 'Remove the organization from its own affiliations.',
  check(context) {
    return context.of('organizations').flatMap((record) =>
      listAt(record.data, 'affiliations').flatMap((id, i) =>
        id !== record.id
          ? []
          : [
              context.atField(
                record,
                ['affiliations', i],
                'self-affiliation',
                `The organization "${record.id}" lists itself among its affiliations.`,
                'Remove this line; affiliations name the other organizations it belongs to or is part of.',
              ),
            ],
      ),
    );
  },
};

export default rule;
