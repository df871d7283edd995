// Signatories, authors' affiliations, publishers, actors and affiliations must name organizations that exist.
import { unknownReferenceRule } from './unknown-reference.ts';

export default unknownReferenceRule('organizations', 'unknown-organization');
