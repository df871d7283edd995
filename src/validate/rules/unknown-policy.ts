// A statement's policies and a policy's related policies must name policies that exist.
import { unknownReferenceRule } from './unknown-reference.ts';

export default unknownReferenceRule('policies', 'unknown-policy');
