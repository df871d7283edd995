// The citations a statement's notes map to must exist in content/citations/.
import { unknownReferenceRule } from './unknown-reference.ts';

export default unknownReferenceRule('citations', 'unknown-citation');
