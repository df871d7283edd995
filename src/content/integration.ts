// Placeholder: replaced by the validator integration.
import type { AstroIntegration } from 'astro';
export function contentValidation(): AstroIntegration {
  return { name: 'content-validation', hooks: {} };
}
