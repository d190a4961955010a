// Test helpers: consentry.schema.json through Ajv, and the SDK's paths as the JSON pointers Ajv names.
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import { pathKeys } from '../../corpora/corpus';
import type { Reporter } from '../policy/reporter';
import { checkConfig } from './check-config';

/** consentry.schema.json, parsed. */
export const SCHEMA = JSON.parse(readFileSync(new URL('../../consentry.schema.json', import.meta.url), 'utf8'));

// Strict: a keyword Ajv does not know is a mistake in the schema, except VS Code's message one.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addVocabulary(['patternErrorMessage']);
const validate = ajv.compile(SCHEMA);

/** The JSON pointer of each value the schema rejects in `config`, a missing or extra key's own. */
export function schemaErrors(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => {
    const key = error.params.additionalProperty ?? error.params.missingProperty ?? error.propertyName;
    return key === undefined ? error.instancePath : `${error.instancePath}/${escape(key)}`;
  });
}

/** What `checkConfig`, the checks of `consentry validate`, reports on `config`, as `path: message`. */
export function sdkProblems(config: unknown): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn: (path, message) => warnings.push(`${path}: ${message}`) };
  checkConfig(config, report);
  return { errors, warnings };
}

/** The JSON pointer of an SDK path: `tenants["*.acme.com"].theme.primary` → `/tenants/*.acme.com/theme/primary`. */
export function toPointer(path: string): string {
  if (path === 'config') return '';
  return pathKeys(path).map((key) => `/${escape(key)}`).join('');
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
